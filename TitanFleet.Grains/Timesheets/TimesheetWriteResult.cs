namespace TitanFleet.Grains.Timesheets;

/// <summary>The outcome of a timesheet write; <see cref="Record"/> is the row as it now is (the current one on a version conflict).</summary>
public sealed record TimesheetWriteResult(TimesheetWriteStatus Status, TimesheetRecord? Record = null);
