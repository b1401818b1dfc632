namespace TitanFleet.Grains.Timesheets;

/// <summary>One break of a shift.</summary>
[GenerateSerializer, Immutable, Alias("titanfleet.timesheet-break.v1")]
public sealed record TimesheetBreak([property: Id(0)] DateTimeOffset Start, [property: Id(1)] DateTimeOffset End);
