using System.Globalization;

namespace TitanFleet.Grains.Geofences;

/// <summary>
/// When a geofence alerts: on the local days in <see cref="DaysMask"/> (bit n is <see cref="DayOfWeek"/> n)
/// between <see cref="Start"/> and <see cref="End"/> in the company's time zone. An end before the
/// start is an overnight window: it runs from the start on a listed day into the next morning.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record GeofenceSchedule(
    [property: Id(0)] int DaysMask,
    [property: Id(1)] TimeOnly Start,
    [property: Id(2)] TimeOnly End)
{
    public static readonly string[] DayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    public IReadOnlyList<string> Days => [.. DayNames.Where((_, day) => (DaysMask & (1 << day)) != 0)];

    public static int MaskOf(IEnumerable<string> days) =>
        days.Aggregate(0, (mask, day) => mask | (1 << Array.IndexOf(DayNames, day)));

    public bool Covers(DateTimeOffset instant, TimeZoneInfo timeZone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, timeZone);
        var time = TimeOnly.FromDateTime(local.DateTime);
        if (Start <= End) return HasDay(local.DayOfWeek) && time >= Start && time < End;
        // Overnight: the evening belongs to today's listed day, the small hours to yesterday's.
        return (HasDay(local.DayOfWeek) && time >= Start) || (HasDay(local.AddDays(-1).DayOfWeek) && time < End);
    }

    public override string ToString() =>
        $"{string.Join(',', Days)} {Start.ToString("HH:mm", CultureInfo.InvariantCulture)}-{End.ToString("HH:mm", CultureInfo.InvariantCulture)}";

    private bool HasDay(DayOfWeek day) => (DaysMask & (1 << (int)day)) != 0;
}
