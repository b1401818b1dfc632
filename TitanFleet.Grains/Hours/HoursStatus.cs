using System.Collections.Immutable;

namespace TitanFleet.Grains.Hours;

/// <summary>
/// A driver's hours at <see cref="At"/>, read as "if the driver started driving now": a break or
/// rest still going on counts as ended now. "Today" is the daily duty period (since the last daily
/// or weekly rest); "week" is the fixed week from <see cref="WeekStart"/>, Monday 00:00 to Sunday
/// 24:00 in the company's time zone. The two arrays compare by reference, so two statuses are never
/// == : use <see cref="HoursAlerts"/> to see what changed.
/// </summary>
[GenerateSerializer, Immutable, Alias("titanfleet.hours-status.v1")]
public sealed record HoursStatus(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] DateTimeOffset DutyPeriodStart,
    [property: Id(2)] DateTimeOffset WeeklyRestEnded,
    [property: Id(3)] TimeSpan DrivingSinceBreak,
    [property: Id(4)] TimeSpan DrivingToday,
    [property: Id(5)] TimeSpan DrivingThisWeek,
    [property: Id(6)] TimeSpan DrivingThisAndLastWeek,
    [property: Id(7)] TimeSpan OtherWorkToday,
    [property: Id(8)] TimeSpan OtherWorkThisWeek,
    [property: Id(9)] TimeSpan BreaksToday,
    [property: Id(10)] bool SplitBreakFirstPartTaken,
    [property: Id(11)] int ExtendedDaysThisWeek,
    [property: Id(12)] int ReducedDailyRestsUsed,
    [property: Id(13)] ImmutableArray<LimitStatus> Limits,
    [property: Id(14)] HoursRule? NextLimit,
    [property: Id(15)] DateTimeOffset? NextLimitAt,
    [property: Id(16)] ImmutableArray<HoursBreach> Breaches,
    [property: Id(17)] DateTimeOffset WeekStart)
{
    public LimitStatus For(HoursRule rule) => Limits[(int)rule];
}
