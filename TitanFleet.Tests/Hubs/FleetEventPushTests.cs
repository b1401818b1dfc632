using Microsoft.Extensions.DependencyInjection;
using TitanFleet.Grains.Events;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Hubs;

/// <summary>Fleet events reach every dashboard of their company, in order, and no other company's.</summary>
[Collection(InProcessSiloCollection.Name)]
public sealed class FleetEventPushTests(InProcessSiloFixture silo)
{
    private static readonly TimeSpan PushWait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task PublishAsync_ThreeEvents_CompanyDashboardReceivesAllInOrderOtherCompanyNone()
    {
        await using var rivals = await RivalDashboards.ConnectAsync(silo.BaseAddress, silo.ConnectionString);
        var (company, dashboard, otherDashboard) = (rivals.Company, rivals.Dashboard, rivals.OtherDashboard);
        var publisher = silo.Services.GetRequiredService<IFleetEventPublisher>();
        var vehicle = company.Vehicles[0];
        string[] types = [FleetEventTypes.DefectRaised, FleetEventTypes.VehicleOffRoad, FleetEventTypes.DefectRectified];

        foreach (var type in types)
        {
            await publisher.PublishAsync(new FleetEvent(Guid.NewGuid(), company.CompanyId, type, DateTimeOffset.UtcNow, $"{type} on {vehicle.Registration}",
                VehicleId: vehicle.VehicleId, Registration: vehicle.Registration, Details: new Dictionary<string, string> { ["severity"] = "dangerous" }));
        }

        var last = await dashboard.WaitForEventAsync(FleetEventTypes.DefectRectified, _ => true, PushWait);
        Assert.Equal(types, dashboard.Events.Select(e => e.Type));
        Assert.Equal(vehicle.VehicleId, last.VehicleId);
        Assert.Equal("dangerous", last.Details!["severity"]);
        await Assert.ThrowsAsync<TimeoutException>(() => otherDashboard.WaitForEventAsync(FleetEventTypes.DefectRaised, _ => true, TimeSpan.FromSeconds(1)));
    }
}
