namespace TitanFleet.Grains.Hours;

/// <summary>Drivers' hours limits; the defaults are the GB/EU rules for goods vehicles over 3.5 t (DOMAIN.md).</summary>
[GenerateSerializer, Alias("titanfleet.hours-options.v1")]
public sealed class HoursOptions
{
    public const string Section = "DriversHours";

    [Id(0)] public TimeSpan MaxContinuousDriving { get; set; } = TimeSpan.FromHours(4.5);
    [Id(1)] public TimeSpan FullBreak { get; set; } = TimeSpan.FromMinutes(45);
    [Id(2)] public TimeSpan SplitBreakFirstPart { get; set; } = TimeSpan.FromMinutes(15);
    [Id(3)] public TimeSpan SplitBreakSecondPart { get; set; } = TimeSpan.FromMinutes(30);
    [Id(4)] public TimeSpan DailyDriving { get; set; } = TimeSpan.FromHours(9);
    [Id(5)] public TimeSpan ExtendedDailyDriving { get; set; } = TimeSpan.FromHours(10);
    [Id(6)] public int ExtendedDaysPerWeek { get; set; } = 2;
    [Id(7)] public TimeSpan WeeklyDriving { get; set; } = TimeSpan.FromHours(56);
    [Id(8)] public TimeSpan FortnightlyDriving { get; set; } = TimeSpan.FromHours(90);
    [Id(9)] public TimeSpan RegularDailyRest { get; set; } = TimeSpan.FromHours(11);
    [Id(10)] public TimeSpan ReducedDailyRest { get; set; } = TimeSpan.FromHours(9);
    [Id(11)] public int ReducedDailyRestsBetweenWeeklyRests { get; set; } = 3;
    [Id(12)] public TimeSpan RegularWeeklyRest { get; set; } = TimeSpan.FromHours(45);
    [Id(13)] public TimeSpan ReducedWeeklyRest { get; set; } = TimeSpan.FromHours(24);
    [Id(14)] public TimeSpan WeeklyRestDueAfter { get; set; } = TimeSpan.FromDays(6);
    [Id(15)] public TimeSpan MaxWorkWithoutBreak { get; set; } = TimeSpan.FromHours(6);
    [Id(16)] public TimeSpan WorkingTimeBreak { get; set; } = TimeSpan.FromMinutes(15);
    [Id(17)] public TimeSpan WeeklyWorkingTime { get; set; } = TimeSpan.FromHours(60);

    /// <summary>A limit is "approaching" from this long before it, so the grain can warn the driver.</summary>
    [Id(18)] public TimeSpan ApproachingLead { get; set; } = TimeSpan.FromMinutes(15);
}
