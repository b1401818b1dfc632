using TitanFleet.Grains.Push;
using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Api.Hubs;

/// <summary>
/// This silo's end of the push backplane: hands a silo's batch to the dashboards of each company
/// connected here, serializing each company's part once. It never awaits a client.
/// </summary>
public sealed class HubPushObserver(DashboardConnections connections, DashboardSender sender) : IFleetPushObserver
{
    public Task OnVehiclesChanged(VehicleSnapshot[] batch)
    {
        foreach (var company in batch.GroupBy(snapshot => snapshot.CompanyId))
        {
            var dashboards = connections.ForCompany(company.Key);
            if (dashboards.Count == 0) continue;
            var vehicles = company.ToArray();
            var message = FleetPushMessage.VehiclesUpdated(vehicles);
            foreach (var dashboard in dashboards) dashboard.Deliver(vehicles, message, sender);
            FleetHubMetrics.Sent(vehicles.Length);
        }
        return Task.CompletedTask;
    }
}
