using System.Globalization;
using TitanFleet.Grains.Reminders;

namespace TitanFleet.Tests.Reminders;

/// <summary>The rule that moves reminders, as pure math: dates, mileages, escalation, and the next change.</summary>
public sealed class ReminderScheduleTests
{
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);
    private static readonly DateOnly Due = new(2027, 6, 10);
    private static readonly DateTimeOffset DueDay = new(2027, 6, 10, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(-15, "ok", 0)]
    [InlineData(-14, "dueSoon", 1)]
    [InlineData(0, "dueSoon", 1)]
    [InlineData(1, "overdue", 2)]
    [InlineData(7, "overdue", 2)]
    [InlineData(8, "overdue", 3)]
    [InlineData(22, "overdue", 5)]
    public void Evaluate_DatedReminder_StatusAndLevelFollowTheDay(int daysFromDue, string status, int level)
    {
        var standing = Dated(DueDay.AddDays(daysFromDue).AddHours(12));
        Assert.Equal((status, level), (standing.Status, standing.Level));
    }

    [Fact]
    public void Evaluate_DatedReminder_NextChangeIsTheNextStep()
    {
        Assert.Equal(DueDay.AddDays(-14), Dated(DueDay.AddDays(-30)).NextChangeAt);
        Assert.Equal(DueDay.AddDays(1), Dated(DueDay.AddDays(-3)).NextChangeAt);
        Assert.Equal(DueDay.AddDays(1) + 2 * Week, Dated(DueDay.AddDays(9)).NextChangeAt);
    }

    [Fact]
    public void Evaluate_MileageReminder_DueSoonWithinLeadOverdueFromFirstSeen()
    {
        var details = new ReminderDetails(Guid.NewGuid(), ReminderTypes.Service, "Service", null, DueDate: null, DueMileageKm: 100_000, ReminderRecurrence.None);
        var now = DueDay;

        var far = ReminderSchedule.Evaluate(details, null, odometerKm: 98_999, leadDays: 14, leadKm: 1000, Week, TimeZoneInfo.Utc, now);
        var near = ReminderSchedule.Evaluate(details, null, odometerKm: 99_000, leadDays: 14, leadKm: 1000, Week, TimeZoneInfo.Utc, now);
        var reached = ReminderSchedule.Evaluate(details, null, odometerKm: 100_000, leadDays: 14, leadKm: 1000, Week, TimeZoneInfo.Utc, now);
        var weekLater = ReminderSchedule.Evaluate(details, reached.OverdueSince, odometerKm: 100_400, leadDays: 14, leadKm: 1000, Week, TimeZoneInfo.Utc, now + Week);

        Assert.Equal((ReminderStatuses.Ok, 0, (DateTimeOffset?)null), (far.Status, far.Level, far.NextChangeAt));
        Assert.Equal(ReminderStatuses.DueSoon, near.Status);
        Assert.Equal((ReminderStatuses.Overdue, 2, (DateTimeOffset?)now), (reached.Status, reached.Level, reached.OverdueSince));
        Assert.Equal(3, weekLater.Level);
    }

    [Theory]
    [InlineData("2027-03-27T23:59:59Z", "dueSoon")]
    [InlineData("2027-03-28T00:00:00Z", "overdue")] // GMT: London's midnight is UTC's
    public void Evaluate_DueOnTheDayClocksGoForward_OverdueAtLondonMidnightInGmt(string now, string status) =>
        Assert.Equal(status, InLondon(new DateOnly(2027, 3, 27), DateTimeOffset.Parse(now, CultureInfo.InvariantCulture)).Status);

    [Theory]
    [InlineData("2027-03-30T22:59:59Z", "dueSoon")]
    [InlineData("2027-03-30T23:00:00Z", "overdue")] // BST: London's midnight is 23:00 UTC the day before
    [InlineData("2027-10-30T22:59:59Z", "dueSoon")]
    [InlineData("2027-10-30T23:00:00Z", "overdue")]
    public void Evaluate_DueInSummerTime_OverdueAtLondonMidnightNotUtc(string now, string status)
    {
        var due = DateOnly.FromDateTime(DateTimeOffset.Parse(now, CultureInfo.InvariantCulture).UtcDateTime);
        Assert.Equal(status, InLondon(due, DateTimeOffset.Parse(now, CultureInfo.InvariantCulture)).Status);
    }

    [Fact]
    public void Evaluate_DueSoonLeadAcrossTheAutumnChange_StartsAtLondonMidnightInGmt()
    {
        // Due 5 Nov (GMT) with 14 days' notice: due soon from 22 Oct 00:00 BST, i.e. 21 Oct 23:00 UTC,
        // and overdue from 6 Nov 00:00 GMT; the hour the clocks went back sits between them.
        var standing = InLondon(new DateOnly(2027, 11, 5), new DateTimeOffset(2027, 10, 1, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateTimeOffset(2027, 10, 21, 23, 0, 0, TimeSpan.Zero), standing.NextChangeAt);
        Assert.Equal(ReminderStatuses.DueSoon, InLondon(new DateOnly(2027, 11, 5), new DateTimeOffset(2027, 10, 21, 23, 0, 0, TimeSpan.Zero)).Status);
        Assert.Equal(new DateTimeOffset(2027, 11, 6, 0, 0, 0, TimeSpan.Zero),
            InLondon(new DateOnly(2027, 11, 5), new DateTimeOffset(2027, 10, 22, 0, 0, 0, TimeSpan.Zero)).NextChangeAt);
    }

    [Fact]
    public void LocalMidnight_ZoneSkipsMidnight_DayStartsAtFirstExistingTime()
    {
        // Santiago springs forward at 00:00 on the first Sunday of September (2027-09-05): 00:00-00:59 do not exist.
        var santiago = TimeZoneInfo.FindSystemTimeZoneById("America/Santiago");
        Assert.Equal(new DateTimeOffset(2027, 9, 5, 4, 0, 0, TimeSpan.Zero), ReminderSchedule.LocalMidnight(new DateOnly(2027, 9, 5), santiago));
    }

    [Fact]
    public void LeadDaysFor_CompanyNoticeIsTheLeastAnyTypeGets()
    {
        var options = new RemindersOptions();
        Assert.Equal(28, options.LeadDaysFor(ReminderTypes.Mot, companyDueSoonDays: 14));
        Assert.Equal(14, options.LeadDaysFor(ReminderTypes.SafetyInspection, companyDueSoonDays: 14));
        Assert.Equal(30, options.LeadDaysFor(ReminderTypes.Mot, companyDueSoonDays: 30));
    }

    [Fact]
    public void RollForward_Monthly_KeepsTheAnniversaryAndLandsAfterCompletion()
    {
        var mot = new ReminderDetails(Guid.NewGuid(), ReminderTypes.Mot, "MOT", null, new DateOnly(2027, 1, 31), null, new ReminderRecurrence(Months: 12));
        var inspection = mot with { DueDate = new DateOnly(2027, 1, 1), Recurrence = new ReminderRecurrence(Weeks: 6) };

        Assert.Equal(new DateOnly(2028, 1, 31), ReminderRollForward.Next(mot, completedOn: new DateOnly(2027, 1, 20), odometerKm: null)!.DueDate);
        Assert.Equal(new DateOnly(2029, 1, 31), ReminderRollForward.Next(mot, completedOn: new DateOnly(2028, 3, 1), odometerKm: null)!.DueDate);
        Assert.Equal(new DateOnly(2027, 3, 26), ReminderRollForward.Next(inspection, completedOn: new DateOnly(2027, 2, 20), odometerKm: null)!.DueDate);
        Assert.Null(ReminderRollForward.Next(mot with { Recurrence = ReminderRecurrence.None }, new DateOnly(2027, 1, 20), null));
    }

    [Fact]
    public void RemindersOptionsValidator_UnknownTypeAndShortPeriod_NamesTheSetting()
    {
        var options = new RemindersOptions { CheckPeriod = TimeSpan.FromSeconds(30) };
        options.LeadDays["oilChange"] = 3;

        var result = new RemindersOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.StartsWith("Reminders:LeadDays:oilChange", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("Reminders:CheckPeriod", StringComparison.Ordinal));
    }

    private static ReminderStanding InLondon(DateOnly due, DateTimeOffset now) => ReminderSchedule.Evaluate(
        new ReminderDetails(null, ReminderTypes.Tax, "Tax", null, due, null, ReminderRecurrence.None),
        overdueSince: null, odometerKm: null, leadDays: 14, leadKm: 1000, escalateEvery: Week, London, now);

    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private static ReminderStanding Dated(DateTimeOffset now) => ReminderSchedule.Evaluate(
        new ReminderDetails(null, ReminderTypes.Tax, "Tax", null, Due, null, ReminderRecurrence.None),
        overdueSince: null, odometerKm: null, leadDays: 14, leadKm: 1000, escalateEvery: Week, TimeZoneInfo.Utc, now);
}
