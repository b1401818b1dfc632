using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TitanFleet.Grains.Events;
using TitanFleet.Grains.Geofences;
using TitanFleet.Grains.Push;
using TitanFleet.Grains.Telemetry;

namespace TitanFleet.Grains.Vehicles;

/// <summary>
/// The silo's services every vehicle grain uses, held once per silo: a grain that took each as
/// its own field carried a reference per service per live vehicle (about 100 bytes each at a million).
/// </summary>
public sealed class VehicleGrainServices(
    VehicleStateStore store,
    IVehicleDirectory directory,
    ILocationHistory history,
    IPushBatcher push,
    IOptions<VehicleLiveOptions> live,
    IOptions<PositionLimits> limits,
    ILogger<VehicleGrain> logger,
    TimeProvider time,
    GeofenceTracker geofences,
    SpeedLimitIndex speedLimits,
    OfflineSweep sweep,
    PostgresVehiclePresence presence,
    ILocalSiloDetails localSilo,
    IFleetEventPublisher events)
{
    public VehicleStateStore Store { get; } = store;

    public IVehicleDirectory Directory { get; } = directory;

    public ILocationHistory History { get; } = history;

    public IPushBatcher Push { get; } = push;

    public VehicleLiveOptions Live { get; } = live.Value;

    public PositionLimits Limits { get; } = limits.Value;

    public ILogger<VehicleGrain> Logger { get; } = logger;

    public TimeProvider Time { get; } = time;

    public GeofenceTracker Geofences { get; } = geofences;

    public SpeedLimitIndex SpeedLimits { get; } = speedLimits;

    public OfflineSweep Sweep { get; } = sweep;

    public PostgresVehiclePresence Presence { get; } = presence;

    public ILocalSiloDetails LocalSilo { get; } = localSilo;

    public IFleetEventPublisher Events { get; } = events;
}
