namespace TitanFleet.Simulator.History;

/// <summary>
/// One vehicle's day for seeded history: most vehicles work weekdays and a few work weekends, a shift
/// starts between 05:30 and 08:30 UTC with about four hours' driving, a 45-60 minute break (the
/// drivers' hours rule after 4 h 30 min) and three to four and a half hours more. Deterministic per
/// vehicle and day, so a reseed writes the same tracks.
/// </summary>
public readonly record struct WorkDay(bool Works, DateTimeOffset ShiftStart, DateTimeOffset BreakStart, DateTimeOffset BreakEnd, DateTimeOffset ShiftEnd)
{
    public static WorkDay For(int index, DateOnly day)
    {
        var random = new Random(index * 100_003 + day.DayNumber);
        var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        var works = random.NextDouble() < (weekend ? 0.2 : 0.9);
        var midnight = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var shiftStart = midnight.AddMinutes(330 + random.Next(180));
        var breakStart = shiftStart.AddMinutes(210 + random.Next(60));
        var breakEnd = breakStart.AddMinutes(45 + random.Next(16));
        var shiftEnd = breakEnd.AddMinutes(180 + random.Next(90));
        return new WorkDay(works, shiftStart, breakStart, breakEnd, shiftEnd);
    }

    public bool OnShift(DateTimeOffset at) => Works && at >= ShiftStart && at < ShiftEnd;

    public bool OnBreak(DateTimeOffset at) => Works && at >= BreakStart && at < BreakEnd;
}
