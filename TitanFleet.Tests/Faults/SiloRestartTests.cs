using TitanFleet.Tests.Fixtures;
using Xunit.Abstractions;

namespace TitanFleet.Tests.Faults;

/// <summary>
/// A crashed silo restarted under the same name on other ports (a host that comes back with a new
/// address) supersedes its dead incarnation at once, instead of waiting for the cluster to vote it dead.
/// </summary>
[Collection(FaultScenarios.Name)]
public sealed class SiloRestartTests(ITestOutputHelper output)
{
    private static readonly TimeSpan DeathLimit = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task RestartOnOtherPorts_OnlySiloKilledMinus9_ServesAgainOnceReadyWithoutWaitingForTheOldOne()
    {
        var settings = FaultRunSettings.FromEnvironment();
        await using var database = new TestDatabase("faults_restart1");
        await using var run = await FaultRun.StartAsync(database.ConnectionString, 1, settings);
        await run.LoadPhaseAsync();

        var victim = run.Cluster.Silos[0];
        var killedAt = DateTimeOffset.UtcNow;
        await victim.KillAsync();
        var restarted = await run.Cluster.RestartOnOtherPortsAsync(victim);
        var readyAt = DateTimeOffset.UtcNow;
        var oldStatusWhenReady = await MembershipQueries.StatusAsync(database.ConnectionString, run.Cluster.ClusterId, victim);
        var behind = await LiveCheck.VehiclesBehindAsync(restarted, run.Manager.Cookies, run.Ledger, run.Company.Vehicles.Select(v => v.VehicleId), TimeSpan.FromSeconds(15));
        var caughtUpAt = DateTimeOffset.UtcNow;
        await run.LoadPhaseAsync();
        await run.StopLoadAsync();

        var audit = await run.AuditAsync();
        await new FaultReport("kill -9 of the only silo, restart on other ports", settings, audit, run.Ledger,
        [
            ("restarted silo ready after", FaultReport.Seconds(readyAt - killedAt)),
            ("old incarnation when ready", oldStatusWhenReady == MembershipQueries.Dead ? "Dead" : $"status {oldStatusWhenReady}"),
            ("every vehicle live again after", behind.Count == 0 ? FaultReport.Seconds(caughtUpAt - killedAt) : $"{behind.Count} still behind"),
        ]).PublishAsync(output);

        Assert.Equal(MembershipQueries.Dead, oldStatusWhenReady);
        Assert.Empty(behind);
        Assert.Equal(0, run.Ledger.GivenUp);
        Assert.Equal(0, run.Ledger.Count("500"));
        Assert.Equal(0, audit.Missing);
        Assert.Equal(0, audit.Duplicated);
    }

    [Fact]
    public async Task RestartOnOtherPorts_AfterKillMinus9UnderLoad_OldIncarnationDeadBeforeNewOneServesAndVehiclesCatchUp()
    {
        var settings = FaultRunSettings.FromEnvironment();
        await using var database = new TestDatabase("faults_restart");
        await using var run = await FaultRun.StartAsync(database.ConnectionString, 3, settings);
        await run.LoadPhaseAsync();

        var victim = run.Cluster.Silos[1];
        var killedAt = DateTimeOffset.UtcNow;
        await victim.KillAsync();
        var restarted = await run.Cluster.RestartOnOtherPortsAsync(victim);
        var readyAt = DateTimeOffset.UtcNow;
        var oldStatusWhenReady = await MembershipQueries.StatusAsync(database.ConnectionString, run.Cluster.ClusterId, victim);
        var deadAt = await MembershipQueries.WaitForStatusAsync(database.ConnectionString, run.Cluster.ClusterId, victim, MembershipQueries.Dead, DeathLimit);
        var behind = await LiveCheck.VehiclesBehindAsync(restarted, run.Manager.Cookies, run.Ledger, run.Company.Vehicles.Select(v => v.VehicleId), TimeSpan.FromSeconds(15));
        var caughtUpAt = DateTimeOffset.UtcNow;
        await run.LoadPhaseAsync();
        await run.StopLoadAsync();

        var audit = await run.AuditAsync();
        await new FaultReport("kill -9, restart on other ports", settings, audit, run.Ledger,
        [
            ("restarted silo ready after", FaultReport.Seconds(readyAt - killedAt)),
            ("old incarnation declared dead after", deadAt is { } dead ? FaultReport.Seconds(dead - killedAt) : "never"),
            ("every vehicle live again after", behind.Count == 0 ? FaultReport.Seconds(caughtUpAt - killedAt) : $"{behind.Count} still behind"),
        ]).PublishAsync(output);

        Assert.Equal(MembershipQueries.Dead, oldStatusWhenReady);
        Assert.Empty(behind);
        Assert.Equal(0, run.Ledger.GivenUp);
        Assert.Equal(0, run.Ledger.Count("500"));
        Assert.Equal(0, audit.Missing);
        Assert.Equal(0, audit.Duplicated);
    }
}
