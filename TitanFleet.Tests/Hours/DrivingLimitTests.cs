using TitanFleet.Grains.Hours;
using static TitanFleet.Tests.Hours.DriverLog;

namespace TitanFleet.Tests.Hours;

public sealed class DrivingLimitTests
{
    private static readonly DateTimeOffset SaturdayBefore = Monday.AddDays(-2).AddHours(6);
    private static readonly DateTimeOffset MondayBefore = Monday.AddDays(-7).AddHours(6);

    public static TheoryData<LimitCase> ContinuousDriving => new()
    {
        Continuous("4 h 30 exactly: at the limit, not breached", () => StartingMonday().Drive(H(4.5)), H(4.5), LimitState.Approaching),
        Continuous("4 h 31: breached at 4 h 30", () => StartingMonday().Drive(H(4.5) + M(1)), H(4.5) + M(1), LimitState.Breached, H(4.5)),
        Continuous("4 h 15: the approaching window starts", () => StartingMonday().Drive(H(4.25)), H(4.25), LimitState.Approaching),
        Continuous("4 h 14: before the window", () => StartingMonday().Drive(H(4.25) - M(1)), H(4.25) - M(1), LimitState.Ok),
        Continuous("a 45-minute break resets", () => StartingMonday().Drive(H(4.5)).Break(M(45)).Drive(H(3)), H(3), LimitState.Ok),
        Continuous("a 44-minute break does not", () => StartingMonday().Drive(H(3)).Break(M(44)).Drive(H(1.5) + M(1)), H(4.5) + M(1), LimitState.Breached, H(5) + M(14)),
        Continuous("15 then 30 resets", () => StartingMonday().Drive(H(2)).Break(M(15)).Drive(H(2)).Break(M(30)).Drive(H(2)), H(2), LimitState.Ok),
        Continuous("30 then 15 does not", () => StartingMonday().Drive(H(2)).Break(M(30)).Drive(H(2)).Break(M(15)).Drive(M(31)), H(4.5) + M(1), LimitState.Breached, H(5) + M(15)),
        Continuous("14 then 30: the 14 is no part", () => StartingMonday().Drive(H(2)).Break(M(14)).Drive(H(2)).Break(M(30)).Drive(M(31)), H(4.5) + M(1), LimitState.Breached, H(5) + M(14)),
        Continuous("availability is no break", () => StartingMonday().Drive(H(3)).Available(H(1)).Drive(H(1.5) + M(1)), H(4.5) + M(1), LimitState.Breached, H(5.5)),
        Continuous("other work is no break", () => StartingMonday().Drive(H(3)).Work(H(1)).Drive(H(1.5) + M(1)), H(4.5) + M(1), LimitState.Breached, H(5.5)),
        Continuous("45 minutes with nothing logged is a break", () => StartingMonday().Drive(H(4.5)).Gap(M(45)).Drive(H(1)), H(1), LimitState.Ok),
        Continuous("break then rest entries make one 45-minute stop", () => StartingMonday().Drive(H(4.5)).Break(M(20)).Rest(M(25)).Drive(H(1)), H(1), LimitState.Ok),
        // The property counterexample CsCheck_Seed=ampJa0CpXyy2: an entry logged ahead ends the driving before it, and the time after it is a stop.
        Continuous("an entry logged later ends a longer one; the time after it is a break", () => LoggedAhead(), TimeSpan.Zero, LimitState.Ok),
    };

    public static TheoryData<LimitCase> DailyDriving => new()
    {
        Daily("9 h with an extension left: the limit is 10 h", () => StartingMonday().DriveWithBreaks(H(9)), H(9), LimitState.Ok, limit: H(10)),
        Daily("10 h exactly on an extended day", () => StartingMonday().DriveWithBreaks(H(10)), H(10), LimitState.Approaching, limit: H(10)),
        Daily("10 h 01: breached at 10 h", () => StartingMonday().DriveWithBreaks(H(10) + M(1)), H(10) + M(1), LimitState.Breached, limit: H(10), breachAfterStart: H(11.5)),
        Daily("9 h 45: the approaching window starts", () => StartingMonday().DriveWithBreaks(H(9.75)), H(9.75), LimitState.Approaching, limit: H(10)),
        Daily("9 h 44: before the window", () => StartingMonday().DriveWithBreaks(H(9.75) - M(1)), H(9.75) - M(1), LimitState.Ok, limit: H(10)),
        Daily("10 h on a third day in the week: breached on passing 9 h", () => StartingMonday().Day(H(10)).Day(H(10)).DriveWithBreaks(H(10)), H(10), LimitState.Breached, limit: H(9), breachAfterStart: H(48) + H(10.5)),
        Daily("9 h on a third day: at the limit", () => StartingMonday().Day(H(10)).Day(H(10)).DriveWithBreaks(H(9)), H(9), LimitState.Approaching, limit: H(9)),
        Daily("extensions count per fixed week", () => new DriverLog(SaturdayBefore).Day(H(10)).Day(H(10)).DriveWithBreaks(H(10)), H(10), LimitState.Approaching, limit: H(10)),
        Daily("an 8 h 59 rest does not start a new day", () => StartingMonday().Drive(H(4.5)).Rest(H(9) - M(1)).Drive(H(4.5)).Break(M(45)).Drive(H(1) + M(1)),
            H(10) + M(1), LimitState.Breached, limit: H(10), breachAfterStart: H(4.5) + H(9) - M(1) + H(4.5) + M(45) + H(1)),
        Daily("a 9 h rest does", () => StartingMonday().Drive(H(4.5)).Rest(H(9)).Drive(H(4.5)).Break(M(45)).Drive(H(1) + M(1)), H(5.5) + M(1), LimitState.Ok, limit: H(10)),
        Daily("an entry logged later ends a longer one; only the driving before it counts", () => LoggedAhead(), M(25), LimitState.Ok, limit: H(10)),
    };

    public static TheoryData<LimitCase> WeeklyDriving => new()
    {
        Weekly("56 h exactly", () => Week(saturday: H(9)), H(56), LimitState.Approaching),
        Weekly("56 h 01: breached on passing 56 h, after the break", () => Week(saturday: H(9) + M(1)), H(56) + M(1), LimitState.Breached, TimeSpan.FromDays(5) + H(10.5)),
        Weekly("55 h 45: the approaching window starts", () => Week(saturday: H(8.75)), H(55.75), LimitState.Approaching),
        Weekly("55 h 44: before the window", () => Week(saturday: H(8.75) - M(1)), H(55.75) - M(1), LimitState.Ok),
    };

    public static TheoryData<LimitCase> FortnightlyDriving => new()
    {
        Fortnightly("47 h last week and 43 h this week: 90 h exactly", () => Fortnight(friday: H(5)), H(90), LimitState.Approaching),
        Fortnightly("90 h 01 across the week boundary: breached at 90 h", () => Fortnight(friday: H(5) + M(1)), H(90) + M(1), LimitState.Breached, TimeSpan.FromDays(11) + H(5.75)),
        Fortnightly("89 h 45: the approaching window starts", () => Fortnight(friday: H(4.75)), H(89.75), LimitState.Approaching),
        Fortnightly("89 h 44: before the window", () => Fortnight(friday: H(4.75) - M(1)), H(89.75) - M(1), LimitState.Ok),
    };

    [Theory]
    [MemberData(nameof(ContinuousDriving))]
    [MemberData(nameof(DailyDriving))]
    [MemberData(nameof(WeeklyDriving))]
    [MemberData(nameof(FortnightlyDriving))]
    public void Evaluate_DrivingTable_UsedLimitStateAndBreachAsExpected(LimitCase row) => row.Verify();

    [Fact]
    public void Evaluate_ThirdExtendedDay_CountsThreeExtendedDays() =>
        Assert.Equal(3, StartingMonday().Day(H(10)).Day(H(10)).DriveWithBreaks(H(10)).Evaluate().ExtendedDaysThisWeek);

    /// <summary>9 h 14 of driving logged from 06:00, and a 12-minute drive logged from 06:13: driving 06:00-06:25, then 8 h 49 with nothing.</summary>
    private static DriverLog LoggedAhead() => StartingMonday().Logged(ActivityKind.Driving, M(13), M(12)).Drive(H(9) + M(14));

    /// <summary>Mon 10, Tue 10, Wed 9, Thu 9, Fri 9 (47 h, two extended days), then Saturday.</summary>
    private static DriverLog Week(TimeSpan saturday) =>
        StartingMonday().Day(H(10)).Day(H(10)).Day(H(9)).Day(H(9)).Day(H(9)).DriveWithBreaks(saturday);

    /// <summary>Last week 47 h then a weekend off; this week Mon 10, Tue 10, Wed 9, Thu 9 (38 h), then Friday.</summary>
    private static DriverLog Fortnight(TimeSpan friday) =>
        new DriverLog(MondayBefore).Day(H(10)).Day(H(10)).Day(H(9)).Day(H(9)).Day(H(9)).RestUntil(Monday.AddHours(6))
            .Day(H(10)).Day(H(10)).Day(H(9)).Day(H(9)).DriveWithBreaks(friday);

    private static LimitCase Continuous(string name, Func<DriverLog> log, TimeSpan used, LimitState state, TimeSpan? breachAfterStart = null) =>
        new(name, log, HoursRule.ContinuousDriving, used, H(4.5), state, breachAfterStart);

    private static LimitCase Daily(string name, Func<DriverLog> log, TimeSpan used, LimitState state, TimeSpan limit, TimeSpan? breachAfterStart = null) =>
        new(name, log, HoursRule.DailyDriving, used, limit, state, breachAfterStart);

    private static LimitCase Weekly(string name, Func<DriverLog> log, TimeSpan used, LimitState state, TimeSpan? breachAfterStart = null) =>
        new(name, log, HoursRule.WeeklyDriving, used, H(56), state, breachAfterStart);

    private static LimitCase Fortnightly(string name, Func<DriverLog> log, TimeSpan used, LimitState state, TimeSpan? breachAfterStart = null) =>
        new(name, log, HoursRule.FortnightlyDriving, used, H(90), state, breachAfterStart);
}
