using Orleans.Concurrency;
using TitanFleet.Grains.Hours;

namespace TitanFleet.Grains.Drivers;

/// <summary>A driver's shift and activity log, keyed by the driver's user id.</summary>
public interface IDriverGrain : IGrainWithGuidKey
{
    /// <summary>Binds the vehicle to this driver (its grain is the lock) and goes on shift; a hand-over ends the previous driver's shift.</summary>
    Task<ShiftStartResult> StartShiftAsync(ShiftStart start);

    [ReadOnly]
    Task<ShiftView> GetShiftAsync();

    /// <summary>The vehicle of the current shift, or null off duty: the only vehicle a signed-in driver may post positions for.</summary>
    [ReadOnly]
    Task<Guid?> GetShiftVehicleAsync();

    /// <summary>A break, other work, availability or driving, posted by the driver; null when not on shift.</summary>
    Task<ShiftView?> SetActivityAsync(ActivityKind activity);

    /// <summary>Writes the timesheet entry, unbinds the vehicle and goes off duty.</summary>
    Task<ShiftEndResult> EndShiftAsync(ShiftEnd end);

    /// <summary>The shift's vehicle started or stopped moving at <paramref name="at"/>: driving time follows the vehicle.</summary>
    [OneWay]
    Task OnVehicleMotionAsync(Guid vehicleId, bool moving, DateTimeOffset at);
}
