using System.Globalization;
using System.Text.RegularExpressions;
using TitanFleet.Tests.Fixtures;
using Xunit.Abstractions;

namespace TitanFleet.Tests.Faults;

/// <summary>A fourth silo started under load joins, takes new activations, and no client sees an error.</summary>
[Collection(FaultScenarios.Name)]
public sealed partial class AddSiloTests(ITestOutputHelper output)
{
    private const int NewFleetRounds = 5;

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
        // Vehicles already live stay where they are; fleets that start posting now are placed over all four
        // silos, once the placement director has the newcomer's statistics (published every few seconds): new
        // fleets post until the newcomer holds some of them, at most NewFleetRounds times.
        var lateLedger = new FaultLedger();
        var lateFleets = new List<TestCompany>();
        var activationsAfter = activationsAtJoin;
        for (var round = 0; round < NewFleetRounds && activationsAfter <= activationsAtJoin; round++)
        {
            var late = await TestCompanyFactory.CreateAsync(database.ConnectionString, settings.Vehicles);
            lateFleets.Add(late);
            using var lateClient = new RetryingPositionClient(run.Cluster, late, lateLedger, settings.Interval);
            using (var stopLate = new CancellationTokenSource(settings.LoadPhase))
                await lateClient.RunAsync(stopLate.Token);
            activationsAfter = await ActivationsAsync(newcomer);
        }
        await run.StopLoadAsync();

        var audit = await run.AuditAsync();
        var lateAudits = new List<HistoryAudit>();
        foreach (var late in lateFleets)
        {
            var vehicles = late.Vehicles.Select(v => v.VehicleId).ToHashSet();
            lateAudits.Add(await HistoryAudit.RunAsync(database.ConnectionString, late.CompanyId, [.. lateLedger.Acked.Where(a => vehicles.Contains(a.VehicleId))]));
        }
        var lateAudit = new HistoryAudit(lateAudits.Sum(a => a.Acknowledged), lateAudits.Sum(a => a.StoredOnce), lateAudits.Sum(a => a.Missing),
            lateAudits.Sum(a => a.Duplicated), lateAudits.Sum(a => a.StoredRows));
        await new FaultReport("add a 4th silo", settings, audit, run.Ledger,
        [
            ("joined (ready) after", FaultReport.Seconds(readyAt - startingAt)),
            ("activations on the newcomer", $"{activationsAtJoin} at join, {activationsAfter} after {lateFleets.Count} new fleet(s) posted"),
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
