namespace TitanFleet.Grains.Reminders;

/// <summary>How a reminder repeats: every <see cref="Months"/> or <see cref="Weeks"/> (dated ones), or every <see cref="Km"/> (mileage ones); all null for a one-off.</summary>
public sealed record ReminderRecurrence(int? Months = null, int? Weeks = null, int? Km = null)
{
    public static readonly ReminderRecurrence None = new();

    public bool IsRecurring => Months is not null || Weeks is not null || Km is not null;
}
