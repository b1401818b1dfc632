using TitanFleet.Simulator.Cli;
using TitanFleet.Simulator.Plan;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.LoadTest;

/// <summary>
/// The spec's load plan shrunk to a few seconds against a real silo: all five journeys run, and the
/// inspection and defect journeys' requests are accepted. Not a benchmark (figures: BENCHMARKS.md).
/// </summary>
[Collection(SingleSiloCollection.Name)]
public sealed class PlanSmokeTests(SingleSiloFixture fixture)
{
    [Fact]
    public async Task PlanRun_ShrunkPlan_AllFiveJourneysRunAndChecksAreAccepted()
    {
        var args = SimulatorArgs.Parse(["plan", "--url", fixture.BaseAddress.ToString(), "--factor", "0.01", "--vehicles", "15", "--max-users", "200"]);

        var report = await PlanRun.RunAsync(args, TextWriter.Null, CancellationToken.None);

        var arrived = Assert.Single(report.Notes, note => note.StartsWith("users arrived:", StringComparison.Ordinal));
        foreach (var scenario in SpecScenarios.All) Assert.Contains(scenario.Name, arrived);
        var steps = report.Operations.ToDictionary(row => row.Name);
        foreach (var step in new[] { "GET /api/check-items", "POST /api/inspections", "GET /api/inspections", "GET /api/defects" })
        {
            Assert.True(steps.TryGetValue(step, out var row), $"step {step} never ran");
            Assert.True(row!.Requests > 0 && row.Errors == 0, $"{step}: {row.Requests} requests, {row.Errors} errors ({string.Join(", ", row.ErrorKinds.Select(e => $"{e.Key} × {e.Value}"))})");
        }
        var sustained = steps[$"{LoadPlan.Sustained}: POST /api/inspections"];
        Assert.InRange(sustained.Requests, 1, steps["POST /api/inspections"].Requests - 1);
    }
}
