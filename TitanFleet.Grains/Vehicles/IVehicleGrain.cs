using Orleans.Concurrency;
using TitanFleet.Grains.Telemetry;

namespace TitanFleet.Grains.Vehicles;

/// <summary>Live state of one vehicle, keyed by vehicle id.</summary>
public interface IVehicleGrain : IGrainWithGuidKey
{
    /// <summary>Applies fixes that are already durable in location history; older fixes never move the live position back.</summary>
    Task ApplyPositionsAsync(PositionReport[] positions);

    Task<VehicleSnapshot?> GetSnapshotAsync();

    /// <summary>The silo's offline sweep found the vehicle's offline due: goes offline unless a ping came meanwhile.</summary>
    Task CheckOfflineAsync();

    /// <summary>
    /// Sent by the vehicle's own event outbox once a hand-off's write commits: drops the written events
    /// in a turn of the grain's own, rather than keeping them until the next ping.
    /// </summary>
    [OneWay]
    Task ReleaseWrittenEventsAsync();

    /// <summary>
    /// The silo that watched this online vehicle died (<see cref="DeadSiloBackstop"/>): goes offline if
    /// no ping came for the offline time, else this silo watches it. Its stored state may predate
    /// coming online (state is written at intervals), so the presence row's <paramref name="onlineSince"/> counts too.
    /// </summary>
    Task ResumeAfterSiloLossAsync(DateTimeOffset onlineSince);

    /// <summary>The register changed (registration, type, status): take it on and tell the dashboards.</summary>
    Task UpdateProfileAsync(VehicleProfile profile);

    /// <summary>
    /// A driver's shift takes the vehicle: accepted when it is free, already theirs, or on a hand-over.
    /// Calls are handled one at a time, so of two drivers asking at once exactly one gets it.
    /// </summary>
    Task<DriverBinding> BindDriverAsync(Guid driverId, string driverName, bool handover);

    /// <summary>The driver's shift ended: the vehicle is free again (unless another driver already holds it).</summary>
    Task UnbindDriverAsync(Guid driverId);
}
