using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR;
using TitanFleet.Tests.Api;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Hubs;

/// <summary>
/// Dashboards that stop reading (issue 8, finding 2): they must cost only themselves. The stuck
/// dashboard's company pushes its whole fleet every interval and the dashboard asks for snapshots it
/// never reads, so its server-side buffers fill within seconds.
/// </summary>
[Collection(PushLimitsSiloCollection.Name)]
public sealed class SlowDashboardTests(PushLimitsSiloFixture fixture)
{
    private const int FleetSize = 1000;

    // Generous for a loaded 2-core machine; a push held behind a stuck client waits for it indefinitely.
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan FillTime = TimeSpan.FromSeconds(6);

    [Fact]
    public async Task VehiclesUpdated_OtherCompanysDashboardStopsReading_DeliveredWithinInterval()
    {
        var stuckCompany = await fixture.NewCompanyAsync(vehicles: FleetSize);
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var stuckManager = await FleetHttp.SignInAsync(fixture.BaseAddress, stuckCompany.Email("manager"));
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        await using var stuck = await StalledDashboard.ConnectAsync(fixture.BaseAddress, stuckManager.Cookies);
        await using var dashboard = await DashboardClient.ConnectAsync(fixture.BaseAddress, manager.Cookies);
        using var device = FleetHttp.Device(fixture.BaseAddress, company.Vehicles[0].DeviceToken);
        await using var traffic = CompanyTraffic.Start(stuckManager.Client, stuckCompany, PushLimitsSiloFixture.Interval);
        for (var i = 0; i < 10; i++) await stuck.InvokeWithoutReadingAsync("GetSnapshot");
        await Task.Delay(FillTime);

        for (var i = 0; i < 3; i++)
        {
            var fixTime = LocationIngestionTests.TruncatedNow();
            var posted = Stopwatch.StartNew();
            (await device.PostAsJsonAsync("/api/locations", FleetHttp.Position(fixTime, 51 + i * 0.001, 0))).EnsureSuccessStatusCode();
            var posting = posted.Elapsed;
            await dashboard.WaitForAsync(v => v.FixTime == fixTime, TimeSpan.FromSeconds(20));
            var delivery = posted.Elapsed - posting;

            Assert.True(delivery < PushLimitsSiloFixture.Interval + Margin,
                $"push {i} arrived {delivery.TotalMilliseconds:0} ms after it was stored, behind another company's stuck dashboard");
        }
    }

    [Fact]
    public async Task Connection_DashboardStopsReading_DisconnectedAfterSlowClientTimeout()
    {
        var stuckCompany = await fixture.NewCompanyAsync(vehicles: FleetSize);
        using var stuckManager = await FleetHttp.SignInAsync(fixture.BaseAddress, stuckCompany.Email("manager"));
        await using var stuck = await StalledDashboard.ConnectAsync(fixture.BaseAddress, stuckManager.Cookies);
        await using (var traffic = CompanyTraffic.Start(stuckManager.Client, stuckCompany, PushLimitsSiloFixture.Interval))
        {
            for (var i = 0; i < 10; i++) await stuck.InvokeWithoutReadingAsync("GetSnapshot");
            await Task.Delay(FillTime);
        }

        // Reading any earlier would unblock the connection; the client keeps pinging, so only the slow-client rule can close it.
        await Task.Delay(PushLimitsSiloFixture.SlowClientTimeout + Margin);
        var (closed, _) = await stuck.ReadAsync(TimeSpan.FromSeconds(20));

        Assert.True(closed, "a dashboard that took no push for longer than the slow-client timeout is still connected");
    }

    [Fact]
    public async Task VehiclesUpdated_DashboardReadsAgainAfterStall_GetsLatestPerVehicleNotBacklog()
    {
        var stuckCompany = await fixture.NewCompanyAsync(vehicles: FleetSize);
        using var stuckManager = await FleetHttp.SignInAsync(fixture.BaseAddress, stuckCompany.Email("manager"));
        await using var stuck = await StalledDashboard.ConnectAsync(fixture.BaseAddress, stuckManager.Cookies);
        await using var reading = await DashboardClient.ConnectAsync(fixture.BaseAddress, stuckManager.Cookies);
        var watched = stuckCompany.Vehicles[0].VehicleId;
        DateTimeOffset lastFix;
        await using (var traffic = CompanyTraffic.Start(stuckManager.Client, stuckCompany, PushLimitsSiloFixture.Interval))
        {
            await Task.Delay(FillTime * 2);
            lastFix = await traffic.StopAsync();
        }
        await reading.WaitForAsync(v => v.VehicleId == watched && v.FixTime == lastFix, TimeSpan.FromSeconds(20));

        var (_, received) = await stuck.ReadAsync(TimeSpan.FromSeconds(20), batch => batch.Any(v => v.VehicleId == watched && v.FixTime == lastFix));

        var last = received.LastOrDefault(batch => batch.Any(v => v.VehicleId == watched && v.FixTime == lastFix));
        Assert.NotNull(last);
        Assert.Equal(FleetSize, last.Select(v => v.VehicleId).Distinct().Count());
        Assert.All(last, v => Assert.Equal(lastFix, v.FixTime));
        var pushes = reading.Batches.Count(b => b.Batch.Any(v => v.VehicleId == watched));
        var stalledPushes = received.Count(batch => batch.Any(v => v.VehicleId == watched));
        Assert.True(stalledPushes <= pushes / 2,
            $"the stalled dashboard got {stalledPushes} pushes of the vehicle against {pushes} for a reading one: its backlog was queued, not merged");
    }

    [Fact]
    public async Task GetSnapshot_PastPerConnectionLimit_RefusedWithHubException()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        await using var dashboard = await DashboardClient.ConnectAsync(fixture.BaseAddress, manager.Cookies);
        for (var i = 0; i < PushLimitsSiloFixture.SnapshotBurst; i++) Assert.Single(await dashboard.GetSnapshotAsync());

        var refused = await Assert.ThrowsAsync<HubException>(dashboard.GetSnapshotAsync);

        Assert.Contains("GetSnapshot is limited", refused.Message);
        await using var other = await DashboardClient.ConnectAsync(fixture.BaseAddress, manager.Cookies);
        Assert.Single(await other.GetSnapshotAsync());
    }
}
