namespace TitanFleet.Grains.Timesheets;

/// <summary>Time spent on each activity over a stretch of a driver's log, and the breaks taken in it.</summary>
[GenerateSerializer, Immutable, Alias("titanfleet.activity-totals.v1")]
public sealed record ActivityTotals(
    [property: Id(0)] int DrivingSeconds,
    [property: Id(1)] int OtherWorkSeconds,
    [property: Id(2)] int BreakSeconds,
    [property: Id(3)] int AvailableSeconds,
    [property: Id(4)] TimesheetBreak[] Breaks);
