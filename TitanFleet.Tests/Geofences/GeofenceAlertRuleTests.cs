using System.Globalization;
using TitanFleet.Grains.Geofences;

namespace TitanFleet.Tests.Geofences;

/// <summary>
/// Which crossings alert under a schedule, read in the company's time zone (Europe/London here):
/// instants are given in UTC, so every case also proves the window is not read in UTC. 2026's clock
/// changes: 29 March (01:00 GMT becomes 02:00 BST) and 25 October (02:00 BST becomes 01:00 GMT).
/// </summary>
public sealed class GeofenceAlertRuleTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    [Theory]
    [InlineData("2026-07-14T11:00:00Z", true)] // Tuesday 12:00 BST
    [InlineData("2026-07-14T07:30:00Z", true)] // 08:30 BST: inside, though 07:30 UTC is not
    [InlineData("2026-07-14T06:30:00Z", false)] // 07:30 BST
    [InlineData("2026-07-14T17:00:00Z", false)] // 18:00 BST: the end is not inside
    [InlineData("2026-07-18T11:00:00Z", false)] // Saturday noon
    public void Alerts_WeekdayWorkingHours_OnlyInsideTheLocalWindow(string at, bool expected) =>
        Assert.Equal(expected, GeofenceAlertRule.Alerts(Rules(["mon", "tue", "wed", "thu", "fri"], "08:00", "18:00"), entered: true, Utc(at), London));

    [Theory]
    [InlineData("2026-07-17T21:30:00Z", true)] // Friday 22:30 BST
    [InlineData("2026-07-18T04:30:00Z", true)] // Saturday 05:30 BST: the small hours belong to Friday's window
    [InlineData("2026-07-18T05:00:00Z", false)] // Saturday 06:00 BST: the window has ended
    [InlineData("2026-07-18T21:30:00Z", false)] // Saturday 22:30 BST: Saturday is not listed
    [InlineData("2026-07-17T04:00:00Z", false)] // Friday 05:00 BST: Thursday's night is not listed
    public void Alerts_OvernightWindow_EveningAndNextMorningOfTheListedDay(string at, bool expected) =>
        Assert.Equal(expected, GeofenceAlertRule.Alerts(Rules(["fri"], "22:00", "06:00"), entered: true, Utc(at), London));

    [Theory]
    [InlineData("2026-03-29T00:45:00Z", true)] // 00:45 GMT, before the jump
    [InlineData("2026-03-29T01:15:00Z", false)] // 02:15 BST: an hour past 01:15 on the wall clock
    public void Alerts_SpringForwardDay_WindowKeepsItsWallClockHours(string at, bool expected) =>
        Assert.Equal(expected, GeofenceAlertRule.Alerts(Rules(["sun"], "00:30", "01:30"), entered: true, Utc(at), London));

    [Theory]
    [InlineData("2026-03-29T04:30:00Z", true)] // Sunday 05:30 BST, inside Saturday night's window
    [InlineData("2026-03-29T05:10:00Z", false)] // Sunday 06:10 BST (05:10 UTC would be inside)
    [InlineData("2026-03-28T21:00:00Z", false)] // Saturday 21:00 GMT, before the start
    public void Alerts_OvernightAcrossSpringForward_EndsAtLocalSix(string at, bool expected) =>
        Assert.Equal(expected, GeofenceAlertRule.Alerts(Rules(["sat"], "22:00", "06:00"), entered: true, Utc(at), London));

    [Theory]
    [InlineData("2026-10-25T00:15:00Z", true)] // 01:15 BST, the first time round
    [InlineData("2026-10-25T01:15:00Z", true)] // 01:15 GMT, the repeated hour
    [InlineData("2026-10-25T00:45:00Z", false)] // 01:45 BST
    [InlineData("2026-10-25T01:45:00Z", false)] // 01:45 GMT
    public void Alerts_FallBackDay_RepeatedHourInsideBothTimes(string at, bool expected) =>
        Assert.Equal(expected, GeofenceAlertRule.Alerts(Rules(["sun"], "01:00", "01:30"), entered: true, Utc(at), London));

    [Fact]
    public void Alerts_ExitOutsideWindow_Silent_InsideAlerts()
    {
        var rules = Rules(["tue"], "08:00", "18:00");

        Assert.False(GeofenceAlertRule.Alerts(rules, entered: false, Utc("2026-07-14T18:30:00Z"), London));
        Assert.True(GeofenceAlertRule.Alerts(rules, entered: false, Utc("2026-07-14T16:30:00Z"), London));
    }

    [Fact]
    public void Alerts_DirectionNotAsked_SilentEvenInsideWindow()
    {
        var rules = Rules(["tue"], "08:00", "18:00") with { AlertOnEnter = false };

        Assert.False(GeofenceAlertRule.Alerts(rules, entered: true, Utc("2026-07-14T11:00:00Z"), London));
        Assert.True(GeofenceAlertRule.Alerts(rules, entered: false, Utc("2026-07-14T11:00:00Z"), London));
    }

    [Fact]
    public void Alerts_NoSchedule_AlwaysAlerts() =>
        Assert.True(GeofenceAlertRule.Alerts(new GeofenceRules(AlertOnEnter: true, AlertOnExit: true, MinDwellSeconds: 0, Schedule: null),
            entered: true, Utc("2026-03-29T01:15:00Z"), London));

    private static GeofenceRules Rules(string[] days, string start, string end) => new(
        AlertOnEnter: true,
        AlertOnExit: true,
        MinDwellSeconds: 0,
        Schedule: new GeofenceSchedule(
            DaysMask: GeofenceSchedule.MaskOf(days),
            Start: TimeOnly.ParseExact(start, "HH:mm", CultureInfo.InvariantCulture),
            End: TimeOnly.ParseExact(end, "HH:mm", CultureInfo.InvariantCulture)));

    private static DateTimeOffset Utc(string at) => DateTimeOffset.Parse(at, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
