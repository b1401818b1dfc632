namespace TitanFleet.Grains.Hours;

/// <summary>
/// The fixed week of the rules: Monday 00:00 to Sunday 24:00 in the company's time zone (UK drivers'
/// hours weeks run on local time). A week that holds a clock change is 167 or 169 hours long.
/// </summary>
internal sealed class FixedWeek(TimeZoneInfo timeZone)
{
    public DateTimeOffset StartOf(DateTimeOffset instant)
    {
        var date = TimeZoneInfo.ConvertTime(instant, timeZone).Date;
        var daysSinceMonday = ((int)date.DayOfWeek + 6) % 7;
        return Midnight(date.AddDays(-daysSinceMonday));
    }

    public DateTimeOffset EndOf(DateTimeOffset weekStart) =>
        Midnight(TimeZoneInfo.ConvertTime(weekStart, timeZone).Date.AddDays(7));

    /// <summary>Local midnight as an instant; where a clock change skips or repeats midnight, the offset before the change.</summary>
    private DateTimeOffset Midnight(DateTime localDate)
    {
        var offset = timeZone.IsInvalidTime(localDate) || timeZone.IsAmbiguousTime(localDate)
            ? timeZone.GetUtcOffset(localDate.AddHours(-2))
            : timeZone.GetUtcOffset(localDate);
        return new DateTimeOffset(localDate.Ticks, offset);
    }
}
