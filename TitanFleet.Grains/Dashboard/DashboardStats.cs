namespace TitanFleet.Grains.Dashboard;

/// <summary>The page header's figures for one company (retired vehicles are not counted).</summary>
[GenerateSerializer, Immutable]
public sealed record DashboardStats(
    [property: Id(0)] VehicleStatusCounts Vehicles,
    [property: Id(1)] OpenDefectCounts OpenDefects,
    [property: Id(2)] ReminderCounts Reminders,
    [property: Id(3)] int DriversOnShift);

[GenerateSerializer, Immutable]
public sealed record VehicleStatusCounts([property: Id(0)] int Active, [property: Id(1)] int Vor, [property: Id(2)] int Maintenance);

[GenerateSerializer, Immutable]
public sealed record OpenDefectCounts([property: Id(0)] int Minor, [property: Id(1)] int Dangerous);

[GenerateSerializer, Immutable]
public sealed record ReminderCounts([property: Id(0)] int DueSoon, [property: Id(1)] int Overdue);
