using TitanFleet.Grains.Hours;
using static TitanFleet.Tests.Hours.DriverLog;

namespace TitanFleet.Tests.Hours;

public sealed class WorkingTimeTests
{
    public static TheoryData<LimitCase> WorkingTimeBreak => new()
    {
        Break("6 h of work exactly", () => StartingMonday().Work(H(6)), H(6), LimitState.Approaching),
        Break("6 h 01: breached at 6 h", () => StartingMonday().Work(H(6) + M(1)), H(6) + M(1), LimitState.Breached, H(6)),
        Break("5 h 45: the approaching window starts", () => StartingMonday().Work(H(5.75)), H(5.75), LimitState.Approaching),
        Break("5 h 44: before the window", () => StartingMonday().Work(H(5.75) - M(1)), H(5.75) - M(1), LimitState.Ok),
        Break("a 15-minute break resets", () => StartingMonday().Work(H(3)).Break(M(15)).Work(H(5)), H(5), LimitState.Ok),
        Break("a 14-minute break does not", () => StartingMonday().Work(H(3)).Break(M(14)).Work(H(3) + M(1)), H(6) + M(1), LimitState.Breached, H(6) + M(14)),
        Break("driving is work", () => StartingMonday().Drive(H(4)).Work(H(2) + M(1)), H(6) + M(1), LimitState.Breached, H(6)),
        Break("availability neither counts nor resets", () => StartingMonday().Work(H(3)).Available(H(1)).Work(H(3)), H(6), LimitState.Approaching),
    };

    public static TheoryData<LimitCase> WeeklyWorkingTime => new()
    {
        Week("60 h exactly", () => FourDaysAnd(friday: H(6)), H(60), LimitState.Approaching),
        Week("60 h 01: breached at 60 h", () => FourDaysAnd(friday: H(6) + M(1)), H(60) + M(1), LimitState.Breached, TimeSpan.FromDays(4) + H(12.25)),
        Week("59 h 45: the approaching window starts", () => FourDaysAnd(friday: H(5.75)), H(59.75), LimitState.Approaching),
        Week("59 h 44: before the window", () => FourDaysAnd(friday: H(5.75) - M(1)), H(59.75) - M(1), LimitState.Ok),
    };

    [Theory]
    [MemberData(nameof(WorkingTimeBreak))]
    [MemberData(nameof(WeeklyWorkingTime))]
    public void Evaluate_WorkingTimeTable_UsedLimitStateAndBreachAsExpected(LimitCase row) => row.Verify();

    /// <summary>Monday to Thursday 12 h of work a day (6 h, 15 min break, 6 h), then Friday 6 h, a break, and <paramref name="friday"/>.</summary>
    private static DriverLog FourDaysAnd(TimeSpan friday)
    {
        var log = StartingMonday();
        for (var day = 0; day < 4; day++) log.Work(H(6)).Break(M(15)).Work(H(6)).RestUntilNextDay();
        return log.Work(H(6)).Break(M(15)).Work(friday);
    }

    private static LimitCase Break(string name, Func<DriverLog> log, TimeSpan used, LimitState state, TimeSpan? breachAfterStart = null) =>
        new(name, log, HoursRule.WorkingTimeBreak, used, H(6), state, breachAfterStart);

    private static LimitCase Week(string name, Func<DriverLog> log, TimeSpan used, LimitState state, TimeSpan? breachAfterStart = null) =>
        new(name, log, HoursRule.WeeklyWorkingTime, used, H(60), state, breachAfterStart);
}
