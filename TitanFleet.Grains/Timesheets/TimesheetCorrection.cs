namespace TitanFleet.Grains.Timesheets;

/// <summary>A manager's correction of a timesheet's times and odometers; the activity durations stay as the log recorded them.</summary>
public sealed record TimesheetCorrection(DateTimeOffset StartedAt, DateTimeOffset EndedAt, int StartOdometerKm, int EndOdometerKm);
