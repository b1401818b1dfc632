using Orleans.Concurrency;
using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Grains.Push;

/// <summary>One per silo: receives every silo's coalesced vehicle changes and hands them to that silo's dashboards.</summary>
public interface IFleetPushObserver : IGrainObserver
{
    [OneWay]
    Task OnVehiclesChanged(VehicleSnapshot[] batch);
}
