using System.Collections.Concurrent;

namespace TitanFleet.Tests.Security;

/// <summary>
/// Sends hostile requests in small concurrent groups and proves rejected ones wrote nothing: row
/// counts of every table are read before and after each group; when a group's counts moved, its
/// rejected requests are sent again one at a time between counts, so each write is pinned to the
/// request that made it (accepted requests may write; rejected ones never).
/// </summary>
public sealed class FuzzRunner(TableRowCounts counts)
{
    private const int GroupSize = 16;
    private const int Concurrency = 6;

    public ConcurrentBag<FuzzOutcome> Outcomes { get; } = [];

    /// <summary>Rejected requests that changed a table, with the change.</summary>
    public ConcurrentBag<(FuzzOutcome Outcome, IReadOnlyDictionary<string, long> Delta)> RejectedWrites { get; } = [];

    /// <summary>Groups of rejected requests whose counts moved but no single request reproduced it on its own.</summary>
    public ConcurrentBag<IReadOnlyDictionary<string, long>> UnattributedWrites { get; } = [];

    public async Task RunAsync(IEnumerable<(Caller Caller, FuzzCase Case)> work)
    {
        foreach (var group in work.Chunk(GroupSize))
        {
            var before = await counts.ReadAsync();
            var outcomes = new ConcurrentBag<FuzzOutcome>();
            await Parallel.ForEachAsync(group, new ParallelOptions { MaxDegreeOfParallelism = Concurrency },
                async (item, _) => outcomes.Add(await SendAsync(item.Caller, item.Case)));
            foreach (var outcome in outcomes) Outcomes.Add(outcome);
            var delta = TableRowCounts.Difference(before, await counts.ReadAsync());
            if (delta.Count == 0) continue;

            var attributed = false;
            foreach (var rejected in outcomes.Where(o => o.Rejected))
            {
                var caller = group.First(item => ReferenceEquals(item.Case, rejected.Case)).Caller;
                var single = await counts.ReadAsync();
                var again = await SendAsync(caller, rejected.Case);
                var singleDelta = TableRowCounts.Difference(single, await counts.ReadAsync());
                if (singleDelta.Count > 0 && again.Rejected)
                {
                    RejectedWrites.Add((again, singleDelta));
                    attributed = true;
                }
            }
            if (!attributed && outcomes.All(o => o.Rejected)) UnattributedWrites.Add(delta);
        }
    }

    public static async Task<FuzzOutcome> SendAsync(Caller caller, FuzzCase fuzzCase)
    {
        using var client = caller.NewClient();
        using var request = fuzzCase.ToRequest();
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            var body = await ReadPrefixAsync(response);
            return new FuzzOutcome(fuzzCase, caller.Role, (int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
        }
        catch (HttpRequestException exception)
        {
            // The server closed the connection without an answer (as Kestrel does for some oversized or malformed requests).
            return new FuzzOutcome(fuzzCase, caller.Role, 0, null, exception.Message);
        }
    }

    private static async Task<string> ReadPrefixAsync(HttpResponseMessage response)
    {
        await using var stream = await response.Content.ReadAsStreamAsync();
        var buffer = new char[64 * 1024];
        using var reader = new StreamReader(stream);
        var read = await reader.ReadBlockAsync(buffer);
        return new string(buffer, 0, read);
    }
}
