namespace TitanFleet.Grains.Hours;

/// <summary>The fixed week of the rules: Monday 00:00 to Sunday 24:00, taken in UTC.</summary>
internal static class FixedWeek
{
    public static readonly TimeSpan Length = TimeSpan.FromDays(7);

    public static DateTimeOffset StartOf(DateTimeOffset instant)
    {
        var date = instant.UtcDateTime.Date;
        var daysSinceMonday = ((int)date.DayOfWeek + 6) % 7;
        return new DateTimeOffset(date.AddDays(-daysSinceMonday), TimeSpan.Zero);
    }
}
