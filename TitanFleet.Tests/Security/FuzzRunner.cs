using System.Collections.Concurrent;

namespace TitanFleet.Tests.Security;

/// <summary>
/// Sends hostile requests one at a time with the row counts of every table read after each, so a
/// write is pinned to the request that made it, even an idempotent one (a resend of a stored fix
/// writes nothing the second time, so sending again could not find it). Accepted requests may
/// write; refused ones never. GET is no exception: OsmAnd devices post positions with GET.
/// </summary>
public sealed class FuzzRunner(TableRowCounts counts)
{
    public ConcurrentBag<FuzzOutcome> Outcomes { get; } = [];

    /// <summary>Refused requests that changed a table, with the change.</summary>
    public ConcurrentBag<(FuzzOutcome Outcome, IReadOnlyDictionary<string, long> Delta)> RejectedWrites { get; } = [];

    /// <param name="refusedAtTheDoor">requests from roles the operation refuses: none may write, so they go in concurrent groups.</param>
    public async Task RunAsync(IEnumerable<(Caller Caller, FuzzCase Case)> work, Func<Caller, FuzzCase, bool> refusedAtTheDoor)
    {
        var items = work.ToList();
        var refused = items.Where(item => refusedAtTheDoor(item.Caller, item.Case)).ToList();
        foreach (var group in refused.Chunk(16))
        {
            var before = await counts.ReadAsync();
            var outcomes = new ConcurrentBag<FuzzOutcome>();
            await Parallel.ForEachAsync(group, new ParallelOptions { MaxDegreeOfParallelism = 6 }, async (item, _) => outcomes.Add(await SendAsync(item.Caller, item.Case)));
            foreach (var outcome in outcomes) Outcomes.Add(outcome);
            var delta = TableRowCounts.Difference(before, await counts.ReadAsync());
            if (delta.Count > 0) RejectedWrites.Add((outcomes.First(), delta));
        }

        var current = await counts.ReadAsync();
        foreach (var (caller, fuzzCase) in items.Except(refused))
        {
            var outcome = await SendAsync(caller, fuzzCase);
            Outcomes.Add(outcome);
            var after = await counts.ReadAsync();
            var delta = TableRowCounts.Difference(current, after);
            if (delta.Count > 0 && outcome.Rejected) RejectedWrites.Add((outcome, delta));
            current = after;
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
