using System.Collections.Concurrent;

namespace TitanFleet.Tests.Security;

/// <summary>
/// Sends hostile requests in small concurrent groups and proves rejected ones wrote nothing: row
/// counts of every table are read before and after each group; when a group's counts moved, its
/// rejected requests are sent again (together, then one at a time if they move the counts), so each
/// write is pinned to the request that made it (accepted requests may write; rejected ones never).
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

            var rejected = outcomes.Where(o => o.Rejected).Select(o => (Caller: group.First(item => ReferenceEquals(item.Case, o.Case)).Caller, o.Case)).ToList();
            if (rejected.Count < group.Length)
            {
                // Accepted requests may write: send the refused ones again together, and only if
                // they move the counts on their own look for the culprit one by one.
                var quiet = await counts.ReadAsync();
                await Parallel.ForEachAsync(rejected, new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (item, _) => await SendAsync(item.Caller, item.Case));
                if (TableRowCounts.Difference(quiet, await counts.ReadAsync()).Count == 0) continue;
            }
            var attributed = false;
            foreach (var (caller, fuzzCase) in rejected)
            {
                var single = await counts.ReadAsync();
                var again = await SendAsync(caller, fuzzCase);
                var singleDelta = TableRowCounts.Difference(single, await counts.ReadAsync());
                if (singleDelta.Count > 0 && again.Rejected)
                {
                    RejectedWrites.Add((again, singleDelta));
                    attributed = true;
                }
            }
            if (!attributed && rejected.Count == group.Length) UnattributedWrites.Add(delta);
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
