using Microsoft.AspNetCore.SignalR;
using TitanFleet.Grains.Push;
using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Api.Hubs;

/// <summary>This silo's end of the push backplane: delivers a silo's batch to the company groups connected here.</summary>
public sealed class HubPushObserver(IHubContext<FleetHub, IFleetHubClient> hub) : IFleetPushObserver
{
    public async Task OnVehiclesChanged(VehicleSnapshot[] batch)
    {
        foreach (var company in batch.GroupBy(snapshot => snapshot.CompanyId))
        {
            var vehicles = company.ToArray();
            await hub.Clients.Group(HubGroups.Company(company.Key)).VehiclesUpdated(vehicles);
            FleetHubMetrics.Sent(vehicles.Length);
        }
    }
}
