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
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 1);
        var other = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 1);
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));
        using var mechanic = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("mechanic"));
        using var otherManager = await FleetHttp.SignInAsync(silo.BaseAddress, other.Email("manager"));
        await using var managerDashboard = await DashboardClient.ConnectAsync(silo.BaseAddress, manager.Cookies);
        await using var mechanicDashboard = await DashboardClient.ConnectAsync(silo.BaseAddress, mechanic.Cookies);
        await using var otherDashboard = await DashboardClient.ConnectAsync(silo.BaseAddress, otherManager.Cookies);
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
}
