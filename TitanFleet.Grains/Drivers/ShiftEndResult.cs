using TitanFleet.Grains.Timesheets;

namespace TitanFleet.Grains.Drivers;

/// <summary>The timesheet entry written for the ended shift; <see cref="StartOdometerKm"/> tells a refused end what the odometer must reach.</summary>
[GenerateSerializer, Immutable]
public sealed record ShiftEndResult(
    [property: Id(0)] ShiftEndOutcome Outcome,
    [property: Id(1)] TimesheetRecord? Timesheet = null,
    [property: Id(2)] int? StartOdometerKm = null);
