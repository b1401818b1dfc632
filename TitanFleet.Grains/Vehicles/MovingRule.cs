namespace TitanFleet.Grains.Vehicles;

/// <summary>
/// Moving and stopped with hysteresis, fix by fix in fix-time order:
/// - a stopped vehicle starts moving at the first fix at or above the moving speed;
/// - a moving vehicle stops only once its fixes have stayed below it for
///   <see cref="VehicleLiveOptions.StoppedAfter"/> (fix time), so a wait at traffic lights does not
///   flap; the stop is placed at the first fix below, where the vehicle actually stopped.
/// A fix without a speed tells nothing.
/// </summary>
public static class MovingRule
{
    public static MotionChange? Apply(VehicleState vehicle, DateTimeOffset at, double? speedKmh, VehicleLiveOptions options)
    {
        if (speedKmh is not { } speed) return null;
        if (speed >= options.MovingSpeedKmh)
        {
            vehicle.SlowSince = null;
            if (vehicle.Moving) return null;
            vehicle.Moving = true;
            return new MotionChange(Moving: true, At: at);
        }

        if (!vehicle.Moving) return null;
        var since = vehicle.SlowSince ??= at;
        if (at - since < options.StoppedAfter) return null;
        vehicle.Moving = false;
        vehicle.SlowSince = null;
        return new MotionChange(Moving: false, At: since);
    }
}
