using TitanFleet.Grains.Hours;

namespace TitanFleet.Api.Shifts;

/// <summary>
/// The drivers'-hours rules over the caller's activity log, now (seconds): "today" is the daily duty
/// period, "week" the fixed week from <see cref="WeekStart"/> (Monday 00:00 in the company's time
/// zone). Each limit says how much is used and left and whether it is
/// ok, approaching or breached; <see cref="NextLimit"/> is the one driving on reaches first.
/// </summary>
public sealed record HoursResponse(
    int DrivingTodaySeconds,
    int DrivingSinceBreakSeconds,
    int DrivingThisWeekSeconds,
    int OtherWorkTodaySeconds,
    int BreaksTodaySeconds,
    IReadOnlyList<LimitResponse> Limits,
    HoursRule? NextLimit,
    DateTimeOffset? NextLimitAt,
    DateTimeOffset WeekStart)
{
    public static HoursResponse From(HoursStatus status) => new(
        DrivingTodaySeconds: Seconds(status.DrivingToday),
        DrivingSinceBreakSeconds: Seconds(status.DrivingSinceBreak),
        DrivingThisWeekSeconds: Seconds(status.DrivingThisWeek),
        OtherWorkTodaySeconds: Seconds(status.OtherWorkToday),
        BreaksTodaySeconds: Seconds(status.BreaksToday),
        Limits: [.. status.Limits.Select(limit => new LimitResponse(limit.Rule, Seconds(limit.Used), Seconds(limit.Limit), Seconds(limit.Remaining), limit.State))],
        NextLimit: status.NextLimit,
        NextLimitAt: status.NextLimitAt,
        WeekStart: status.WeekStart);

    internal static int Seconds(TimeSpan span) => (int)Math.Round(span.TotalSeconds);
}
