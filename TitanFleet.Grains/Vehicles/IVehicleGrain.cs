using TitanFleet.Grains.Telemetry;

namespace TitanFleet.Grains.Vehicles;

/// <summary>Live state of one vehicle, keyed by vehicle id.</summary>
public interface IVehicleGrain : IGrainWithGuidKey
{
    /// <summary>Applies fixes that are already durable in location history; older fixes never move the live position back.</summary>
    Task ApplyPositionsAsync(PositionReport[] positions);

    Task<VehicleSnapshot?> GetSnapshotAsync();

    /// <summary>The register changed (registration, type, status): take it on and tell the dashboards.</summary>
    Task UpdateProfileAsync(VehicleProfile profile);
}
