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

        var far = ReminderSchedule.Evaluate(details, null, odometerKm: 98_999, leadDays: 14, leadKm: 1000, Week, now);
        var near = ReminderSchedule.Evaluate(details, null, odometerKm: 99_000, leadDays: 14, leadKm: 1000, Week, now);
        var reached = ReminderSchedule.Evaluate(details, null, odometerKm: 100_000, leadDays: 14, leadKm: 1000, Week, now);
        var weekLater = ReminderSchedule.Evaluate(details, reached.OverdueSince, odometerKm: 100_400, leadDays: 14, leadKm: 1000, Week, now + Week);

        Assert.Equal((ReminderStatuses.Ok, 0, (DateTimeOffset?)null), (far.Status, far.Level, far.NextChangeAt));
        Assert.Equal(ReminderStatuses.DueSoon, near.Status);
        Assert.Equal((ReminderStatuses.Overdue, 2, (DateTimeOffset?)now), (reached.Status, reached.Level, reached.OverdueSince));
        Assert.Equal(3, weekLater.Level);
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

    private static ReminderStanding Dated(DateTimeOffset now) => ReminderSchedule.Evaluate(
        new ReminderDetails(null, ReminderTypes.Tax, "Tax", null, Due, null, ReminderRecurrence.None),
        overdueSince: null, odometerKm: null, leadDays: 14, leadKm: 1000, escalateEvery: Week, now);
}
