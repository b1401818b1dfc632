namespace TitanFleet.Api.Timesheets;

/// <summary>
/// A manager's correction of a timesheet's times and odometers (all four replaced). <see cref="Version"/>
/// is the version last read: if the entry changed since, the correction is refused with 409.
/// </summary>
public sealed record UpdateTimesheetRequest(DateTimeOffset? StartedAt, DateTimeOffset? EndedAt, int? StartOdometerKm, int? EndOdometerKm, int? Version);
