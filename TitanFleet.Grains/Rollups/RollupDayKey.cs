namespace TitanFleet.Grains.Rollups;

/// <summary>One vehicle's or driver's local day whose event counts a group recounts.</summary>
public readonly record struct RollupDayKey(Guid Company, Guid Subject, DateOnly Day, TimeZoneInfo Zone);
