using TitanFleet.Grains.Hours;
using static TitanFleet.Tests.Hours.DriverLog;

namespace TitanFleet.Tests.Hours;

public sealed class RestLimitTests
{
    private static readonly TimeSpan SixDays = TimeSpan.FromDays(6);
    private static readonly DateTimeOffset Sunday = Monday.AddDays(6);

    /// <summary>The duty period may last 24 h less the rest due: 15 h while a reduced (9 h) rest is left, then 13 h.</summary>
    public static TheoryData<LimitCase> DailyRest => new()
    {
        Daily("15 h on duty exactly", () => StartingMonday().DriveWithBreaks(H(9)).Work(H(5.25)), H(15), LimitState.Approaching, H(15)),
        Daily("15 h 01: breached at 15 h", () => StartingMonday().DriveWithBreaks(H(9)).Work(H(5.25) + M(1)), H(15) + M(1), LimitState.Breached, H(15), H(15)),
        Daily("14 h 45: the approaching window starts", () => StartingMonday().DriveWithBreaks(H(9)).Work(H(5)), H(14.75), LimitState.Approaching, H(15)),
        Daily("14 h 44: before the window", () => StartingMonday().DriveWithBreaks(H(9)).Work(H(5) - M(1)), H(14.75) - M(1), LimitState.Ok, H(15)),
        Daily("an 8 h 59 rest does not end the duty period", () => StartingMonday().Drive(H(4)).Rest(H(9) - M(1)).Drive(H(2) + M(2)), H(15) + M(1), LimitState.Breached, H(15), H(15)),
        Daily("a rest in progress stops the clock", () => StartingMonday().Work(H(14)).Ongoing(ActivityKind.Rest, H(3)), H(14), LimitState.Ok, H(15)),
        Daily("three reduced rests used: 13 h exactly", () => ReducedRests(3).DriveWithBreaks(H(9)).Work(H(3.25)), H(13), LimitState.Approaching, H(13)),
        Daily("three reduced rests used: 13 h 01 is breached", () => ReducedRests(3).DriveWithBreaks(H(9)).Work(H(3.25) + M(1)), H(13) + M(1), LimitState.Breached, H(13), H(66) + H(13)),
        Daily("a fourth reduced rest is flagged when it ends", () => ReducedRests(4).Drive(H(1)), H(1), LimitState.Ok, H(13), H(88)),
    };

    /// <summary>The next weekly rest must start within six 24-hour periods of the last one's end.</summary>
    public static TheoryData<LimitCase> WeeklyRest => new()
    {
        Weekly("six 24-hour periods exactly", () => SixDaysOfWork(), SixDays, LimitState.Approaching),
        Weekly("one minute of driving after them: breached", () => SixDaysOfWork().Drive(M(1)), SixDays + M(1), LimitState.Breached, SixDays),
        Weekly("15 minutes before: the approaching window starts", () => FiveDaysAndSaturday().RestUntil(Sunday.AddHours(6) - M(15)), SixDays - M(15), LimitState.Approaching),
        Weekly("16 minutes before: before the window", () => FiveDaysAndSaturday().RestUntil(Sunday.AddHours(6) - M(16)), SixDays - M(16), LimitState.Ok),
        Weekly("a 45 h rest restarts the clock", () => StartingMonday().DriveWithBreaks(H(9)).Rest(H(45)).Drive(H(1)), H(1), LimitState.Ok),
        Weekly("a 24 h rest restarts the clock", () => StartingMonday().DriveWithBreaks(H(9)).Rest(H(24)).Drive(H(1)), H(1), LimitState.Ok),
        Weekly("a 23 h 59 rest does not", () => StartingMonday().DriveWithBreaks(H(9)).Rest(H(24) - M(1)).Drive(H(1)), H(9.75) + H(24) - M(1) + H(1), LimitState.Ok),
        Weekly("two reduced weekly rests in a row: the second is flagged", () => StartingMonday().Day(H(9)).Rest(H(24)).Day(H(9)).Rest(H(24)).Drive(H(1)), H(1), LimitState.Ok, TimeSpan.FromDays(4)),
        Weekly("a reduced then a regular weekly rest", () => StartingMonday().Day(H(9)).Rest(H(24)).Day(H(9)).Rest(H(40)).Drive(H(1)), H(1), LimitState.Ok),
    };

    [Theory]
    [MemberData(nameof(DailyRest))]
    [MemberData(nameof(WeeklyRest))]
    public void Evaluate_RestTable_UsedLimitStateAndBreachAsExpected(LimitCase row) => row.Verify();

    public static TheoryData<CountCase> ReducedRestCounts => new()
    {
        new CountCase("an 11 h rest is regular", () => StartingMonday().Work(H(13)).Rest(H(11)).Drive(H(1)), 0),
        new CountCase("a 10 h 59 rest is reduced", () => StartingMonday().Work(H(13)).Rest(H(11) - M(1)).Drive(H(1)), 1),
        new CountCase("a 9 h rest is reduced", () => StartingMonday().Work(H(13)).Rest(H(9)).Drive(H(1)), 1),
        new CountCase("only the part inside the 24 h counts: 12 h after 14 h on duty is reduced", () => StartingMonday().Work(H(14)).Rest(H(12)).Drive(H(1)), 1),
        new CountCase("a weekly rest clears the count", () => ReducedRests(3).Rest(H(45)).Drive(H(1)), 0),
        new CountCase("three reduced rests", () => ReducedRests(3).Drive(H(1)), 3),
    };

    [Theory]
    [MemberData(nameof(ReducedRestCounts))]
    public void Evaluate_ReducedDailyRests_CountedBetweenWeeklyRests(CountCase row) =>
        Assert.Equal(row.Expected, row.Log().Evaluate().ReducedDailyRestsUsed);

    [Fact]
    public void Evaluate_FourthReducedRestInProgress_CountedButNotYetABreach()
    {
        var status = ReducedRests(4).Evaluate();

        Assert.Equal(4, status.ReducedDailyRestsUsed);
        Assert.Equal(H(13), status.For(HoursRule.DailyRest).Limit);
        Assert.DoesNotContain(status.Breaches, b => b.Rule == HoursRule.DailyRest);
    }

    /// <summary>Days of 13 h on duty (9 h driving) each followed by a 9 h rest: <paramref name="count"/> reduced rests, 22 h apart.</summary>
    private static DriverLog ReducedRests(int count)
    {
        var log = StartingMonday();
        for (var i = 0; i < count; i++) log.DriveWithBreaks(H(9)).Work(H(3.25)).Rest(H(9));
        return log;
    }

    private static DriverLog FiveDaysAndSaturday() => StartingMonday().Day(H(9)).Day(H(9)).Day(H(9)).Day(H(9)).Day(H(9)).DriveWithBreaks(H(9));

    /// <summary>Monday to Saturday, each day's rest ending at 06:00 the next day: Sunday 06:00 is six 24-hour periods on.</summary>
    private static DriverLog SixDaysOfWork() => FiveDaysAndSaturday().RestUntilNextDay();

    public sealed record CountCase(string Name, Func<DriverLog> Log, int Expected)
    {
        public override string ToString() => Name;
    }

    private static LimitCase Daily(string name, Func<DriverLog> log, TimeSpan used, LimitState state, TimeSpan limit, TimeSpan? breachAfterStart = null) =>
        new(name, log, HoursRule.DailyRest, used, limit, state, breachAfterStart);

    private static LimitCase Weekly(string name, Func<DriverLog> log, TimeSpan used, LimitState state, TimeSpan? breachAfterStart = null) =>
        new(name, log, HoursRule.WeeklyRest, used, SixDays, state, breachAfterStart);
}
