namespace TitanFleet.Grains.Timesheets;

/// <summary>Where a timesheet page ended: the last row's start time (UTC ticks) and id.</summary>
public sealed record TimesheetCursor(long StartedTicks, Guid Id);
