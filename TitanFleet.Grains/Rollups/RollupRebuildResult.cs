namespace TitanFleet.Grains.Rollups;

/// <summary>What a rebuild wrote: companies visited, vehicle days with fixes, driver days.</summary>
public sealed record RollupRebuildResult(int Companies, int VehicleDays, int DriverDays);
