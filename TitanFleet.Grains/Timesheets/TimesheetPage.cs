namespace TitanFleet.Grains.Timesheets;

public sealed record TimesheetPage(IReadOnlyList<TimesheetRecord> Items, TimesheetCursor? Next);
