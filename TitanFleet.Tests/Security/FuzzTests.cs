using System.Net;
using TitanFleet.Tests.Fixtures;
using Xunit.Abstractions;

namespace TitanFleet.Tests.Security;

/// <summary>
/// Every operation the silo maps, from every role of company A, with hostile input: never a 5xx,
/// every refusal problem+json, no script echoed raw, nothing written by a refused request, and the
/// process still serving afterwards.
/// </summary>
[Collection(InProcessSiloCollection.Name)]
public sealed class FuzzTests(InProcessSiloFixture silo, ITestOutputHelper output) : IAsyncLifetime
{
    private SecurityWorld _world = null!;

    public async Task InitializeAsync() => _world = await SecurityWorld.ForAsync(silo);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task EveryOperation_HostileInputFromEveryRole_RefusedCleanlyAndWritesNothing()
    {
        var operations = OperationCatalog.Operations(silo.Services);
        var missing = operations.Where(operation => OperationTable.Find(operation) is null).Select(operation => operation.Key).ToList();
        Assert.True(missing.Count == 0, OperationTable.MissingRuleMessage(missing));

        var work = new List<(Caller, FuzzCase)>();
        var sequence = 0;
        foreach (var operation in operations)
        {
            var rule = OperationTable.Find(operation)!;
            foreach (var role in CallerRoles.All)
            {
                var caller = rule.EndsSession ? await _world.NewCallerAsync(_world.A, role) : _world.Caller(_world.A, role);
                // Field-by-field mutations run once per operation, as its first allowed role (anonymous
                // where allowed); every other role gets the request-shape set, enough to reach its
                // handler (or its refusal) with malformed input and keep the suite inside its time budget.
                var full = role == rule.Allowed[0];
                work.AddRange(HostileRequests.For(operation, rule, () => new RequestContext(caller, _world.A, ++sequence), full).Select(c => (caller, c)));
            }
        }

        await using var counts = new TableRowCounts(silo.ConnectionString);
        var tablesBefore = (await counts.ReadAsync()).Keys.ToHashSet();
        var runner = new FuzzRunner(counts);
        await runner.RunAsync(work, (caller, fuzzCase) => !OperationTable.Rules.First(rule => rule.Key == fuzzCase.Operation).IsAllowed(caller.Role));

        var outcomes = runner.Outcomes.ToList();
        var serverErrors = outcomes.Where(o => o.Status is >= 500 or 0).ToList();
        var known = serverErrors.Where(o => KnownServerErrors.Match(o) is not null).ToList();
        var unexpected = serverErrors.Except(known).ToList();
        var notProblem = outcomes.Where(o => o.Status is >= 400 and < 500 && !ServerLevelRefusal(o) && !IsHubTransport(o, operations) && o.MediaType != "application/problem+json").ToList();
        var echoedScript = outcomes.Where(o => o.Body.Contains(HostileValues.Script, StringComparison.Ordinal) && (o.Rejected || !IsJson(o))).ToList();
        var rowsWritten = runner.RejectedWrites.Sum(w => w.Delta.Values.Sum(Math.Abs));
        SecurityReport.Record(output, "fuzz (HTTP)", SecurityReport.Row("fuzz (HTTP)", outcomes.Count, serverErrors.Count, known.Count, rowsWritten));
        foreach (var group in known.GroupBy(o => KnownServerErrors.Match(o)!.Finding)) output.WriteLine($"known 5xx, {group.Key}: {group.Count()} cases");

        Assert.True(unexpected.Count == 0, $"{unexpected.Count} server errors:\n{Grouped(unexpected)}");
        var stale = KnownServerErrors.Entries.Where(entry => !known.Any(entry.Matches)).ToList();
        Assert.True(stale.Count == 0, $"Fixed, remove from KnownServerErrors.cs: {string.Join(", ", stale)}");
        Assert.True(notProblem.Count == 0, $"{notProblem.Count} refusals not problem+json:\n{Grouped(notProblem)}");
        Assert.True(echoedScript.Count == 0, $"Script returned unescaped:\n{string.Join('\n', echoedScript.Take(10))}");
        Assert.True(runner.RejectedWrites.IsEmpty, $"Refused requests wrote rows:\n{string.Join('\n', runner.RejectedWrites.Take(20).Select(w => $"{w.Outcome}: {Describe(w.Delta)}"))}");

        Assert.Superset(tablesBefore, (await counts.ReadAsync()).Keys.ToHashSet());
        using var client = new HttpClient { BaseAddress = silo.BaseAddress };
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/live")).StatusCode);
    }

    /// <summary>
    /// Kestrel's own answer to a request it cannot parse (a NUL in the path, an over-long request
    /// line or header block): bodiless, before any of our code runs. Our pipeline never answers a
    /// bodiless 4xx, since UseStatusCodePages writes problem+json for every one.
    /// </summary>
    private static bool ServerLevelRefusal(FuzzOutcome outcome) => outcome.Status is 400 or 414 or 431 && outcome.MediaType is null && outcome.Body.Length == 0;

    /// <summary>
    /// An accepted write answers the record as stored, text included: JSON sent with nosniff is data
    /// a browser does not render, and the page shows it as text. A refusal has no reason to repeat
    /// input, and any other content type could be rendered.
    /// </summary>
    private static bool IsJson(FuzzOutcome outcome) => outcome.MediaType is "application/json" or "application/problem+json";

    private static bool IsHubTransport(FuzzOutcome outcome, IReadOnlyList<Operation> operations) =>
        operations.First(operation => operation.Key == outcome.Case.Operation).IsHubTransport;

    /// <summary>One line per case, with the roles it failed for, so a bug shared by six roles reads as one.</summary>
    private static string Grouped(IEnumerable<FuzzOutcome> outcomes) =>
        string.Join('\n', outcomes.GroupBy(o => o.Case.ToString()).OrderBy(g => g.Key, StringComparer.Ordinal).Take(60)
            .Select(g => $"{g.Key} as {string.Join('/', g.Select(o => o.Role).Order())}: {g.First().Status} {g.First().MediaType} {Truncate(g.First().Body)}"));

    private static string Truncate(string body) => body.Length <= 160 ? body : body[..160] + "...";

    private static string Describe(IReadOnlyDictionary<string, long> delta) => string.Join(", ", delta.Select(entry => $"{entry.Key} {entry.Value:+#;-#;0}"));
}
