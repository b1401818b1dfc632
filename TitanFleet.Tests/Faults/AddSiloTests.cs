using System.Globalization;
using System.Text.RegularExpressions;
using TitanFleet.Tests.Fixtures;
using Xunit.Abstractions;

namespace TitanFleet.Tests.Faults;

/// <summary>A fourth silo started under load joins, takes new activations, and no client sees an error.</summary>
[Collection(FaultScenarios.Name)]
public sealed partial class AddSiloTests(ITestOutputHelper output)
{
    [Fact]
    public async Task AddFourthSilo_UnderLoad_JoinsTakesActivationsNoClientError()
    {
        var settings = FaultRunSettings.FromEnvironment();
        await using var database = new TestDatabase("faults_add");
        await using var run = await FaultRun.StartAsync(database.ConnectionString, 3, settings);
        await run.LoadPhaseAsync();

        var startingAt = DateTimeOffset.UtcNow;
        var newcomer = await run.Cluster.AddAsync();
        var readyAt = DateTimeOffset.UtcNow;
        var status = await MembershipQueries.StatusAsync(database.ConnectionString, run.Cluster.ClusterId, newcomer);
        var activationsAtJoin = await ActivationsAsync(newcomer);
        // Vehicles already live stay where they are; a fleet that starts posting now is placed over all four silos.
        var late = await TestCompanyFactory.CreateAsync(database.ConnectionString, settings.Vehicles);
        var lateLedger = new FaultLedger();
        using var lateClient = new RetryingPositionClient(run.Cluster, late, lateLedger, settings.Interval);
        using (var stopLate = new CancellationTokenSource(settings.LoadPhase))
            await lateClient.RunAsync(stopLate.Token);
        var activationsAfter = await ActivationsAsync(newcomer);
        await run.StopLoadAsync();

        var audit = await run.AuditAsync();
        var lateAudit = await HistoryAudit.RunAsync(database.ConnectionString, late.CompanyId, lateLedger.Acked);
        await new FaultReport("add a 4th silo", settings, audit, run.Ledger,
        [
            ("joined (ready) after", FaultReport.Seconds(readyAt - startingAt)),
            ("activations on the newcomer", $"{activationsAtJoin} at join, {activationsAfter} after a new fleet posted"),
            ("new fleet", $"{lateAudit.Acknowledged} acknowledged, {lateAudit.StoredOnce} stored, attempts {string.Join(", ", lateLedger.Outcomes.Select(o => $"{o.Key}: {o.Value}"))}"),
        ]).PublishAsync(output);

        Assert.Equal(MembershipQueries.Active, status);
        Assert.True(activationsAfter > activationsAtJoin, $"the new silo took no activations ({activationsAtJoin} at join, {activationsAfter} after)");
        Assert.All(run.Ledger.Outcomes.Keys.Concat(lateLedger.Outcomes.Keys), outcome => Assert.StartsWith("2", outcome));
        Assert.Equal(0, audit.Missing + lateAudit.Missing);
        Assert.Equal(0, audit.Duplicated + lateAudit.Duplicated);
    }

    /// <summary>The silo's live grain activations, from Orleans' own gauge on /metrics (loopback callers may read it).</summary>
    private static async Task<double> ActivationsAsync(SiloProcess silo)
    {
        using var client = silo.CreateClient();
        var metrics = await client.GetStringAsync("/metrics");
        return ActivationsGauge().Matches(metrics).Sum(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^orleans_catalog_activations(?:\{[^}]*\})? ([0-9.eE+-]+)", RegexOptions.Multiline)]
    private static partial Regex ActivationsGauge();
}
