namespace TitanFleet.Grains.Rollups;

/// <summary>A driver's local days whose position columns a recount rewrites.</summary>
public sealed record DriverDays(Guid Company, Guid Driver, TimeZoneInfo Zone, SortedSet<DateOnly> Days);
