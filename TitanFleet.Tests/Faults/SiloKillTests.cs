using TitanFleet.Tests.Fixtures;
using Xunit.Abstractions;

namespace TitanFleet.Tests.Faults;

/// <summary>kill -9 of one of three silos under load: nothing acknowledged is lost and the survivors take over.</summary>
[Collection(FaultScenarios.Name)]
public sealed class SiloKillTests(ITestOutputHelper output)
{
    private static readonly TimeSpan DeathLimit = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task KillMinus9_OneOfThreeSilosUnderLoad_AcknowledgedStoredOnceAndSurvivorsServeItsVehiclesAndDashboards()
    {
        var settings = FaultRunSettings.FromEnvironment();
        await using var database = new TestDatabase("faults_kill");
        await using var run = await FaultRun.StartAsync(database.ConnectionString, 3, settings);
        await run.LoadPhaseAsync();

        var victim = run.Cluster.Silos[1];
        var killedAt = DateTimeOffset.UtcNow;
        await victim.KillAsync();
        var deadAt = await MembershipQueries.WaitForStatusAsync(run.Cluster.ConnectionString, run.Cluster.ClusterId, victim, MembershipQueries.Dead, DeathLimit);
        await run.LoadPhaseAsync();
        await run.StopLoadAsync();

        var survivor = run.Cluster.Silos[0];
        var behind = await LiveCheck.VehiclesBehindAsync(survivor, run.Manager.Cookies, run.Ledger, run.Company.Vehicles.Select(v => v.VehicleId), TimeSpan.FromSeconds(15));
        var moved = run.Dashboards.Where(d => d.LostSilo == victim).ToList();
        var audit = await run.AuditAsync();
        await new FaultReport("kill -9 one of 3 silos", settings, audit, run.Ledger,
        [
            ("declared dead after", deadAt is { } dead ? FaultReport.Seconds(dead - killedAt) : "never"),
            ("dashboards moved", $"{moved.Count(d => d.FirstUpdateAfterReconnect is not null)}/{moved.Count}"),
            ("reconnected after (max)", moved.Count == 0 ? "-" : FaultReport.Seconds(moved.Max(d => d.ReconnectedAt ?? DateTimeOffset.MaxValue) - killedAt)),
            ("updates again after (max)", moved.Count == 0 ? "-" : FaultReport.Seconds(moved.Max(d => d.FirstUpdateAfterReconnect ?? DateTimeOffset.MaxValue) - killedAt)),
            ("vehicles behind", behind.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ]).PublishAsync(output);

        Assert.NotNull(deadAt);
        Assert.Equal(0, audit.Missing);
        Assert.Equal(0, audit.Duplicated);
        Assert.True(audit.Acknowledged > 0);
        Assert.Equal(0, run.Ledger.GivenUp);
        Assert.Equal(0, run.Ledger.Count("500"));
        Assert.Empty(behind);
        Assert.Equal(settings.DashboardsPerSilo, moved.Count);
        Assert.All(moved, d => Assert.NotNull(d.FirstUpdateAfterReconnect));
    }
}
