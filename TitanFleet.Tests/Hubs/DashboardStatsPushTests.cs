using Microsoft.Extensions.DependencyInjection;
using TitanFleet.Grains.Dashboard;
using TitanFleet.Tests.Defects;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Hubs;

/// <summary>The header figures are pushed over the hub from the company's stats grain: to its own dashboards only, at most one a second, the latest figures winning.</summary>
[Collection(InProcessSiloCollection.Name)]
public sealed class DashboardStatsPushTests(InProcessSiloFixture silo)
{
    private static readonly TimeSpan PushWait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task StatsChanged_DangerousDefectRaised_CompanyDashboardGetsNewFiguresOtherCompanyNone()
    {
        await using var rivals = await RivalDashboards.ConnectAsync(silo.BaseAddress, silo.ConnectionString, vehicles: 2);
        var (company, dashboard, otherDashboard) = (rivals.Company, rivals.Dashboard, rivals.OtherDashboard);
        using var driver = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("driver"));

        await DefectRequests.ReportAsync(driver.Client, company.Vehicles[0].VehicleId, severity: "dangerous");

        var pushed = await dashboard.WaitForStatsAsync(stats => stats.Vehicles.Vor == 1, PushWait);
        Assert.Equal(new VehicleStatusCounts(Active: 1, Vor: 1, Maintenance: 0), pushed.Vehicles);
        Assert.Equal(new OpenDefectCounts(Minor: 0, Dangerous: 1), pushed.OpenDefects);
        await Assert.ThrowsAsync<TimeoutException>(() => otherDashboard.WaitForStatsAsync(_ => true, TimeSpan.FromSeconds(2)));
    }

    [Fact]
    public async Task StatsChanged_BurstOfTwentyShiftStarts_CoalescedAtMostOneASecondLastFiguresWin()
    {
        const int changes = 20;
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 1);
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));
        await using var dashboard = await DashboardClient.ConnectAsync(silo.BaseAddress, manager.Cookies);
        var stats = silo.Services.GetRequiredService<IGrainFactory>().GetGrain<ICompanyStatsGrain>(company.CompanyId);
        var started = DateTimeOffset.UtcNow;

        await Task.WhenAll(Enumerable.Range(0, changes).Select(_ => stats.ShiftChangedAsync(Guid.NewGuid(), onShift: true)));

        await dashboard.WaitForStatsAsync(figures => figures.DriversOnShift == changes, PushWait);
        var received = dashboard.Stats;
        // Each push left the grain after the first change and arrived by the last arrival, one second apart at least.
        var window = received[^1].ReceivedAt - started;
        Assert.InRange(received.Count, 1, Math.Min(changes - 1, (int)(window / CompanyStatsGrain.PushInterval) + 1));
        Assert.Equal(changes, received[^1].Stats.DriversOnShift);
    }
}
