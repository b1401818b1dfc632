using TitanFleet.Tests.Fixtures;
using Xunit.Abstractions;

namespace TitanFleet.Tests.Faults;

/// <summary>SIGTERM of one of three silos under load, as Kubernetes scales in: nobody notices.</summary>
[Collection(FaultScenarios.Name)]
public sealed class SiloStopTests(ITestOutputHelper output)
{
    [Fact]
    public async Task SigTerm_OneOfThreeSilosUnderLoad_NoFailedRequestStatePersistedCleanLeave()
    {
        var settings = FaultRunSettings.FromEnvironment();
        await using var database = new TestDatabase("faults_term");
        await using var run = await FaultRun.StartAsync(database.ConnectionString, 3, settings);
        await run.LoadPhaseAsync();
        var statesBefore = await ClusterStateQueries.StoredVehicleStatesAsync(database.ConnectionString);

        var victim = run.Cluster.Silos[1];
        var stoppingAt = DateTimeOffset.UtcNow;
        await victim.StopAsync();
        var stoppedAt = DateTimeOffset.UtcNow;
        var status = await MembershipQueries.StatusAsync(database.ConnectionString, run.Cluster.ClusterId, victim);
        var statesAfter = await ClusterStateQueries.StoredVehicleStatesAsync(database.ConnectionString);
        await run.LoadPhaseAsync();
        await run.StopLoadAsync();

        var behind = await LiveCheck.VehiclesBehindAsync(run.Cluster.Silos[0], run.Manager.Cookies, run.Ledger, run.Company.Vehicles.Select(v => v.VehicleId), TimeSpan.FromSeconds(15));
        var moved = run.Dashboards.Where(d => d.LostSilo == victim).ToList();
        var audit = await run.AuditAsync();
        await new FaultReport("SIGTERM one of 3 silos", settings, audit, run.Ledger,
        [
            ("stop took", FaultReport.Seconds(stoppedAt - stoppingAt)),
            ("membership status on exit", status == MembershipQueries.Dead ? "Dead" : status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"),
            ("vehicle states written", $"{statesBefore} before, {statesAfter} after"),
            ("dashboards moved", $"{moved.Count(d => d.FirstUpdateAfterReconnect is not null)}/{moved.Count}"),
            ("updates again after (max)", moved.Count == 0 ? "-" : FaultReport.Seconds(moved.Max(d => d.FirstUpdateAfterReconnect ?? DateTimeOffset.MaxValue) - stoppingAt)),
            ("vehicles behind", behind.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ]).PublishAsync(output);

        Assert.Equal(MembershipQueries.Dead, status);
        // State is written only on deactivation in these runs: the stopping silo's vehicles wrote theirs.
        Assert.True(statesAfter > statesBefore, $"no vehicle state was written on stop ({statesBefore} before, {statesAfter} after)");
        Assert.Equal(0, run.Ledger.GivenUp);
        Assert.Equal(0, run.Ledger.Count("500"));
        Assert.Equal(0, audit.Missing);
        Assert.Equal(0, audit.Duplicated);
        Assert.Empty(behind);
        Assert.Equal(settings.DashboardsPerSilo, moved.Count);
        Assert.All(moved, d => Assert.NotNull(d.FirstUpdateAfterReconnect));
    }
}
