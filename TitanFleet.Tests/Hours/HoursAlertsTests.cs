using TitanFleet.Grains.Hours;
using static TitanFleet.Tests.Hours.DriverLog;

namespace TitanFleet.Tests.Hours;

public sealed class HoursAlertsTests
{
    [Fact]
    public void Between_DrivingIntoTheApproachingWindow_OneApproachingAlert()
    {
        var previous = StartingMonday().Drive(H(4)).Evaluate();
        var log = StartingMonday().Drive(H(4.25));

        var alerts = HoursAlerts.Between(previous, log.Evaluate());

        Assert.Equal([new HoursAlert(HoursRule.ContinuousDriving, LimitState.Approaching, log.Now)], alerts.ToArray());
    }

    [Fact]
    public void Between_StillApproaching_NoNewAlert()
    {
        var previous = StartingMonday().Drive(H(4.25)).Evaluate();

        Assert.Empty(HoursAlerts.Between(previous, StartingMonday().Drive(H(4.5)).Evaluate()));
    }

    [Fact]
    public void Between_LimitPassedSinceLastEvaluation_OnlyTheBreachAtTheInstantItHappened()
    {
        var previous = StartingMonday().Drive(H(4)).Evaluate();
        var alerts = HoursAlerts.Between(previous, StartingMonday().Drive(H(4.75)).Evaluate());

        Assert.Equal([new HoursAlert(HoursRule.ContinuousDriving, LimitState.Breached, Monday.AddHours(10.5))], alerts.ToArray());
    }

    [Fact]
    public void Between_BreachAlreadyReported_NotRaisedAgain()
    {
        var previous = StartingMonday().Drive(H(5)).Evaluate();

        Assert.DoesNotContain(HoursAlerts.Between(previous, StartingMonday().Drive(H(5.25)).Evaluate()), a => a.State == LimitState.Breached);
    }

    [Fact]
    public void Between_FirstEvaluation_ReportsWhatIsAlreadyApproachingOrBreached()
    {
        var alerts = HoursAlerts.Between(null, StartingMonday().Drive(H(5)).Evaluate());

        Assert.Contains(new HoursAlert(HoursRule.ContinuousDriving, LimitState.Breached, Monday.AddHours(10.5)), alerts);
    }

    [Fact]
    public void NextCheckAt_FarFromAnyLimit_WhenTheNextLimitTurnsApproaching()
    {
        var log = StartingMonday().Drive(H(2));

        Assert.Equal(log.Now + H(2.25), HoursAlerts.NextCheckAt(log.Evaluate(), new HoursOptions()));
    }

    [Fact]
    public void NextCheckAt_AlreadyApproaching_WhenTheLimitIsReached()
    {
        var log = StartingMonday().Drive(H(4.25));

        Assert.Equal(log.Now + M(15), HoursAlerts.NextCheckAt(log.Evaluate(), new HoursOptions()));
    }

    [Fact]
    public void NextCheckAt_ChecksAtThatInstant_RaiseTheApproachingAlert()
    {
        var rules = new HoursOptions();
        var log = StartingMonday().Drive(H(1)).Ongoing(ActivityKind.Driving, H(1));
        var first = log.Evaluate(rules);
        var checkAt = HoursAlerts.NextCheckAt(first, rules)!.Value;

        var later = HoursRules.Evaluate(log.Segments, checkAt, rules, TimeZoneInfo.Utc);

        Assert.Contains(new HoursAlert(HoursRule.ContinuousDriving, LimitState.Approaching, checkAt), HoursAlerts.Between(first, later));
    }
}
