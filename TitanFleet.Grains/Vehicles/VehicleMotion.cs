using TitanFleet.Grains.Geo;
using TitanFleet.Grains.Telemetry;

namespace TitanFleet.Grains.Vehicles;

/// <summary>Pure rules that turn fixes into speed and status.</summary>
public static class VehicleMotion
{
    public static double SpeedBetween(PositionReport from, PositionReport to)
    {
        var seconds = (to.FixTime - from.FixTime).TotalSeconds;
        if (seconds <= 0) return 0;
        return GeoMath.DistanceMetres(from.Latitude, from.Longitude, to.Latitude, to.Longitude) / seconds * 3.6;
    }

    public static VehicleStatus StatusOf(VehicleState state, DateTimeOffset now, VehicleLiveOptions options)
    {
        if (state.OffRoad) return VehicleStatus.Vor;
        if (state.LastSeen is not { } seen || now - seen > options.OfflineAfter) return VehicleStatus.Offline;
        return state.Moving ? VehicleStatus.Moving : VehicleStatus.Stopped;
    }
}
