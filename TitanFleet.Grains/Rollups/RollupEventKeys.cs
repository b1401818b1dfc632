namespace TitanFleet.Grains.Rollups;

/// <summary>The vehicle days and driver days a group of events touches, each in recount order.</summary>
public sealed record RollupEventKeys(List<RollupDayKey> VehicleDays, List<RollupDayKey> DriverDays)
{
    public bool IsEmpty => VehicleDays.Count == 0 && DriverDays.Count == 0;
}
