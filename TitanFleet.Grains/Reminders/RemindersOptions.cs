namespace TitanFleet.Grains.Reminders;

public sealed class RemindersOptions
{
    public const string Section = "Reminders";

    /// <summary>
    /// Days before its due date a reminder of each type turns "due soon". The company's
    /// reminderDueSoonDays is the least notice any type gets; a type that needs booking well ahead
    /// (an MOT slot, a tachograph centre) gets more here.
    /// </summary>
    public Dictionary<string, int> LeadDays { get; set; } = new()
    {
        [ReminderTypes.Mot] = 28,
        [ReminderTypes.SafetyInspection] = 7,
        [ReminderTypes.Service] = 14,
        [ReminderTypes.Tax] = 14,
        [ReminderTypes.Insurance] = 28,
        [ReminderTypes.Tachograph] = 28,
    };

    /// <summary>Kilometres before its due reading a mileage reminder turns "due soon".</summary>
    public int LeadKm { get; set; } = 1000;

    /// <summary>An overdue reminder rises one escalation level each time this much more time has passed.</summary>
    public TimeSpan EscalateEvery { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// How often a company's reminders are looked at even when no due time falls: odometers move
    /// without telling anyone, and a company's notice setting may change. Orleans reminders tick at
    /// most once a minute.
    /// </summary>
    public TimeSpan CheckPeriod { get; set; } = TimeSpan.FromHours(1);

    public int LeadDaysFor(string type, int companyDueSoonDays) =>
        Math.Max(companyDueSoonDays, LeadDays.TryGetValue(type, out var days) ? days : 0);
}
