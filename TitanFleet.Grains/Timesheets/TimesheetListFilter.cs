namespace TitanFleet.Grains.Timesheets;

/// <summary>Which timesheets a list shows (newest start first); <see cref="From"/> inclusive, <see cref="To"/> exclusive, on the start time.</summary>
public sealed record TimesheetListFilter(Guid? DriverId, Guid? VehicleId, DateTimeOffset? From, DateTimeOffset? To, TimesheetCursor? After, int Limit);
