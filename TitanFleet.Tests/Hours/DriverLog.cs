using TitanFleet.Grains.Hours;

namespace TitanFleet.Tests.Hours;

/// <summary>Builds an activity log entry by entry; <see cref="Now"/> is where the log has got to.</summary>
public sealed class DriverLog
{
    /// <summary>A Monday: fixed weeks (in UTC unless a test passes a zone) start at 00:00, so a week's first shift starts at 06:00.</summary>
    public static readonly DateTimeOffset Monday = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

    private readonly List<ActivitySegment> _segments = [];

    public DriverLog(DateTimeOffset start) => Now = start;

    public DateTimeOffset Now { get; private set; }

    public IReadOnlyList<ActivitySegment> Segments => _segments;

    public static DriverLog StartingMonday(int hour = 6) => new(Monday.AddHours(hour));

    public static TimeSpan H(double hours) => TimeSpan.FromHours(hours);

    public static TimeSpan M(double minutes) => TimeSpan.FromMinutes(minutes);

    public DriverLog Drive(TimeSpan length) => Add(ActivityKind.Driving, length);

    public DriverLog Work(TimeSpan length) => Add(ActivityKind.OtherWork, length);

    public DriverLog Break(TimeSpan length) => Add(ActivityKind.Break, length);

    public DriverLog Available(TimeSpan length) => Add(ActivityKind.Available, length);

    public DriverLog Rest(TimeSpan length) => Add(ActivityKind.Rest, length);

    /// <summary>Nothing logged for a while (off duty).</summary>
    public DriverLog Gap(TimeSpan length)
    {
        Now += length;
        return this;
    }

    /// <summary>An entry still going on (no end), begun <paramref name="length"/> before the new <see cref="Now"/>.</summary>
    public DriverLog Ongoing(ActivityKind kind, TimeSpan length)
    {
        _segments.Add(new ActivitySegment(kind, Now, null));
        Now += length;
        return this;
    }

    /// <summary>An entry logged out of order, starting <paramref name="after"/> from <see cref="Now"/>, which does not move.</summary>
    public DriverLog Logged(ActivityKind kind, TimeSpan after, TimeSpan length)
    {
        _segments.Add(new ActivitySegment(kind, Now + after, Now + after + length));
        return this;
    }

    /// <summary>Driving in spells of at most 4 h 30, with a 45-minute break between spells.</summary>
    public DriverLog DriveWithBreaks(TimeSpan total)
    {
        var spell = H(4.5);
        while (total > spell)
        {
            Drive(spell).Break(M(45));
            total -= spell;
        }
        return Drive(total);
    }

    /// <summary>Rest until 06:00 of the next day.</summary>
    public DriverLog RestUntilNextDay() => RestUntil(Now.UtcDateTime.Date.AddDays(1).AddHours(6));

    public DriverLog RestUntil(DateTimeOffset instant) => Rest(instant - Now);

    /// <summary>A day's driving from now, then rest until 06:00 the next day.</summary>
    public DriverLog Day(TimeSpan driving) => DriveWithBreaks(driving).RestUntilNextDay();

    public HoursStatus Evaluate(HoursOptions? rules = null, TimeZoneInfo? timeZone = null) =>
        HoursRules.Evaluate(_segments, Now, rules ?? new HoursOptions(), timeZone ?? TimeZoneInfo.Utc);

    private DriverLog Add(ActivityKind kind, TimeSpan length)
    {
        _segments.Add(new ActivitySegment(kind, Now, Now + length));
        Now += length;
        return this;
    }
}
