using TitanFleet.Grains.Geo;
using TitanFleet.Grains.Telemetry;

namespace TitanFleet.Grains.Vehicles;

/// <summary>
/// Takes one fix into a vehicle's live state, in fix-time order only: a fix no newer than the last
/// one taken changes nothing and fires nothing (history keeps it). A newer one moves the position
/// and odometer on, gets a speed from the distance when the device sent none, then goes through
/// <see cref="MovingRule"/> and <see cref="OverspeedRule"/>.
/// </summary>
public static class VehicleTrack
{
    public static FixOutcome Take(VehicleState vehicle, PositionReport fix, CompanySpeedLimits limits, VehicleLiveOptions options)
    {
        var last = vehicle.LastPosition;
        if (last is not null && fix.FixTime <= last.FixTime) return new FixOutcome(Taken: false);

        if (fix.OdometerMetres is { } reported)
            vehicle.OdometerMetres = reported;
        else if (last is not null)
            vehicle.OdometerMetres += GeoMath.DistanceMetres(last.Latitude, last.Longitude, fix.Latitude, fix.Longitude);
        if (fix.SpeedKmh is null && last is not null)
            fix = fix with { SpeedKmh = VehicleMotion.SpeedBetween(last, fix) };
        vehicle.LastPosition = fix;

        var change = MovingRule.Apply(vehicle, fix.FixTime, fix.SpeedKmh, options);
        var limit = fix.SpeedKmh is null ? null : limits.At(vehicle.Type, fix.Latitude, fix.Longitude);
        var overspeed = OverspeedRule.Apply(vehicle, fix.FixTime, fix.SpeedKmh, limit, limits.OverspeedMinDuration ?? options.OverspeedMinDuration);
        return new FixOutcome(Taken: true, change, overspeed);
    }
}
