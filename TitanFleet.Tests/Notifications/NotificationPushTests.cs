using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using TitanFleet.Grains.Events;
using TitanFleet.Tests.Fixtures;
using static TitanFleet.Tests.Notifications.NotificationRequests;

namespace TitanFleet.Tests.Notifications;

/// <summary>A new notification is pushed to its recipient's own connections and no one else's.</summary>
[Collection(InProcessSiloCollection.Name)]
public sealed class NotificationPushTests(InProcessSiloFixture silo)
{
    private static readonly TimeSpan PushWait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task PublishAsync_HoursBreached_RecipientDashboardGetsNotificationMechanicAndOtherCompanyNone()
    {
        await using var rivals = await RivalDashboards.ConnectAsync(silo.BaseAddress, silo.ConnectionString);
        var (company, manager, managerDashboard, otherDashboard) = (rivals.Company, rivals.Manager, rivals.Dashboard, rivals.OtherDashboard);
        using var mechanic = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("mechanic"));
        await using var mechanicDashboard = await DashboardClient.ConnectAsync(silo.BaseAddress, mechanic.Cookies);
        var breached = Event(company.CompanyId, FleetEventTypes.HoursBreached);

        await silo.Services.GetRequiredService<IFleetEventPublisher>().PublishAsync(breached);

        var pushed = await managerDashboard.WaitForNotificationAsync(n => n.EventId == breached.Id, PushWait);
        var stored = Assert.Single(await OfEventAsync(manager.Client, breached.Id));
        Assert.Equal(stored.GetProperty("id").GetGuid(), pushed.Id);
        Assert.Equal((FleetEventTypes.HoursBreached, "Test hoursBreached", null), (pushed.EventType, pushed.Summary, pushed.ReadAt));
        await mechanicDashboard.WaitForEventAsync(FleetEventTypes.HoursBreached, e => e.Id == breached.Id, PushWait);
        await Assert.ThrowsAsync<TimeoutException>(() => mechanicDashboard.WaitForNotificationAsync(_ => true, TimeSpan.FromSeconds(1)));
        Assert.Empty(otherDashboard.Notifications);
        Assert.Single(managerDashboard.Notifications);
    }

    [Fact]
    public async Task DriverConnection_OwnDriverRule_GetsOwnNotificationAndNoFleetPositionsOrEvents()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 1);
        using var admin = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("admin"));
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));
        using var driver = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("driver"));
        (await PutSettingsAsync(admin.Client, Settings(1, Rule(FleetEventTypes.HoursBreached, "admin", "ownDriver")))).EnsureSuccessStatusCode();
        await using var managerDashboard = await DashboardClient.ConnectAsync(silo.BaseAddress, manager.Cookies);
        await using var driverDashboard = await DashboardClient.ConnectAsync(silo.BaseAddress, driver.Cookies);
        var publisher = silo.Services.GetRequiredService<IFleetEventPublisher>();
        var driverId = await UserIdAsync(driver.Client);
        var offRoad = Event(company.CompanyId, FleetEventTypes.VehicleOffRoad);
        var someoneElses = Event(company.CompanyId, FleetEventTypes.HoursBreached, Guid.NewGuid());
        var theirs = Event(company.CompanyId, FleetEventTypes.HoursBreached, driverId);

        await publisher.PublishAsync(offRoad);
        await publisher.PublishAsync(someoneElses);
        await publisher.PublishAsync(theirs);
        using (var device = FleetHttp.Device(silo.BaseAddress, company.Vehicles[0].DeviceToken))
            (await device.PostAsJsonAsync("/api/locations", FleetHttp.Position(DateTimeOffset.UtcNow, 51.5, -0.12, speed: 30))).EnsureSuccessStatusCode();

        var pushed = await driverDashboard.WaitForNotificationAsync(n => n.EventId == theirs.Id, PushWait);
        await managerDashboard.WaitForEventAsync(FleetEventTypes.HoursBreached, e => e.Id == theirs.Id, PushWait);
        await managerDashboard.WaitForAsync(v => v.VehicleId == company.Vehicles[0].VehicleId, PushWait);
        Assert.Equal(FleetEventTypes.HoursBreached, pushed.EventType);
        Assert.Single(driverDashboard.Notifications);
        Assert.Empty(driverDashboard.Events);
        Assert.Empty(driverDashboard.Batches);
    }
}
