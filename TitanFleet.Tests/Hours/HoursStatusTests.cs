using TitanFleet.Grains.Hours;
using static TitanFleet.Tests.Hours.DriverLog;

namespace TitanFleet.Tests.Hours;

public sealed class HoursStatusTests
{
    [Fact]
    public void Evaluate_OngoingDriving_CountedUpToNow()
    {
        var status = StartingMonday().Drive(H(1)).Ongoing(ActivityKind.Driving, H(2)).Evaluate();

        Assert.Equal(H(3), status.DrivingSinceBreak);
        Assert.Equal(H(3), status.DrivingToday);
        Assert.Equal(H(3), status.DrivingThisWeek);
    }

    [Fact]
    public void Evaluate_OngoingEntryFollowedByAnother_EndsWhereTheNextStarts()
    {
        var start = Monday.AddHours(6);
        ActivitySegment[] log = [new(ActivityKind.Driving, start, null), new(ActivityKind.Break, start + H(2), start + H(2.75))];

        var status = HoursRules.Evaluate(log, start + H(3), new HoursOptions(), TimeZoneInfo.Utc);

        Assert.Equal(H(2), status.DrivingToday);
        Assert.Equal(TimeSpan.Zero, status.DrivingSinceBreak);
    }

    [Fact]
    public void Evaluate_EntriesInAnyOrder_SameAsInOrder()
    {
        var log = StartingMonday().Drive(H(4.5)).Break(M(15)).Work(H(1)).Break(M(30)).Drive(H(3));
        var reversed = log.Segments.Reverse().ToArray();

        Assert.Equal(log.Evaluate().DrivingSinceBreak, HoursRules.Evaluate(reversed, log.Now, new HoursOptions(), TimeZoneInfo.Utc).DrivingSinceBreak);
        Assert.Equal(H(3), HoursRules.Evaluate(reversed, log.Now, new HoursOptions(), TimeZoneInfo.Utc).DrivingSinceBreak);
    }

    [Fact]
    public void Evaluate_DrivingAcrossSundayMidnight_SplitBetweenTheWeeks()
    {
        var status = new DriverLog(Monday.AddHours(-2)).Drive(H(3)).Evaluate();

        Assert.Equal(H(1), status.DrivingThisWeek);
        Assert.Equal(H(3), status.DrivingThisAndLastWeek);
    }

    [Fact]
    public void Evaluate_BreaksAndOtherWork_Totalled()
    {
        var status = StartingMonday().Drive(H(2)).Break(M(20)).Work(H(1)).Ongoing(ActivityKind.Break, M(30)).Evaluate();

        Assert.Equal(H(1), status.OtherWorkToday);
        Assert.Equal(H(1), status.OtherWorkThisWeek);
        Assert.Equal(M(50), status.BreaksToday);
        Assert.Equal(TimeSpan.Zero, status.DrivingSinceBreak);
        Assert.False(status.SplitBreakFirstPartTaken);
    }

    [Fact]
    public void Evaluate_AfterA15MinuteBreak_FirstPartTaken() =>
        Assert.True(StartingMonday().Drive(H(2)).Break(M(15)).Drive(H(1)).Evaluate().SplitBreakFirstPartTaken);

    [Fact]
    public void Evaluate_EmptyLog_NothingUsedAndContinuousDrivingNext()
    {
        var now = Monday.AddHours(6);

        var status = HoursRules.Evaluate([], now, new HoursOptions(), TimeZoneInfo.Utc);

        Assert.All(status.Limits, l => Assert.Equal(TimeSpan.Zero, l.Used));
        Assert.Empty(status.Breaches);
        Assert.Equal(HoursRule.ContinuousDriving, status.NextLimit);
        Assert.Equal(now + H(4.5), status.NextLimitAt);
    }

    [Fact]
    public void Evaluate_Driving2Hours_ContinuousDrivingNextIn2Hours30()
    {
        var log = StartingMonday().Drive(H(2));

        var status = log.Evaluate();

        Assert.Equal(HoursRule.ContinuousDriving, status.NextLimit);
        Assert.Equal(log.Now + H(2.5), status.NextLimitAt);
    }

    [Fact]
    public void Evaluate_DayNearlyDone_DailyDrivingNext()
    {
        var log = StartingMonday().Drive(H(4.5)).Break(M(45)).Drive(H(2)).Break(M(45)).Drive(H(2.25));

        var status = log.Evaluate();

        Assert.Equal(HoursRule.DailyDriving, status.NextLimit);
        Assert.Equal(log.Now + H(1.25), status.NextLimitAt);
    }

    [Fact]
    public void Evaluate_ShortRestPastTheDailyRestDeadline_DrivingNowWouldBreachAtOnce()
    {
        var log = StartingMonday().Work(H(14)).Ongoing(ActivityKind.Rest, H(2));

        var status = log.Evaluate();

        Assert.Equal(LimitState.Ok, status.For(HoursRule.DailyRest).State);
        Assert.Equal(HoursRule.DailyRest, status.NextLimit);
        Assert.Equal(log.Now, status.NextLimitAt);
    }

    [Fact]
    public void Evaluate_SeveralBreaches_InTimeOrder()
    {
        var status = StartingMonday().Drive(H(7)).Evaluate();

        Assert.Equal([HoursRule.ContinuousDriving, HoursRule.WorkingTimeBreak], status.Breaches.Select(b => b.Rule));
        Assert.Equal(status.Breaches.OrderBy(b => b.At).Select(b => b.At), status.Breaches.Select(b => b.At));
    }
}
