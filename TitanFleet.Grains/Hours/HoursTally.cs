namespace TitanFleet.Grains.Hours;

/// <summary>
/// The running totals of one walk through a timeline, oldest first. Work and off-duty time arrive
/// in order; each limit is checked as it is crossed, so a breach carries the instant it happened.
/// </summary>
internal sealed class HoursTally
{
    private static readonly TimeSpan Day = TimeSpan.FromHours(24);

    private readonly HoursOptions _rules;
    private readonly FixedWeek _weeks;
    private readonly List<HoursBreach> _breaches = [];
    private DateTimeOffset _extendedDaysWeek;
    private bool _extendedToday;
    private bool _dailyDrivingBreached;
    private bool _dailyRestBreached;
    private bool _weeklyRestBreached;
    private bool _lastWeeklyRestReduced;

    public HoursTally(HoursOptions rules, TimeZoneInfo timeZone, DateTimeOffset origin)
    {
        _rules = rules;
        _weeks = new FixedWeek(timeZone);
        Week = _weeks.StartOf(origin);
        WeekEnd = _weeks.EndOf(Week);
        WeeklyRestEnded = origin;
        StartDutyPeriod(origin);
    }

    public IReadOnlyList<HoursBreach> Breaches => _breaches;
    public DateTimeOffset Week { get; private set; }
    public DateTimeOffset WeekEnd { get; private set; }
    public TimeSpan DrivingThisWeek { get; private set; }
    public TimeSpan DrivingLastWeek { get; private set; }
    public TimeSpan WorkThisWeek { get; private set; }
    public TimeSpan OtherWorkThisWeek { get; private set; }
    public DateTimeOffset DutyPeriodStart { get; private set; }
    public TimeSpan DrivingToday { get; private set; }
    public TimeSpan OtherWorkToday { get; private set; }
    public TimeSpan BreaksToday { get; private set; }
    public TimeSpan DrivingSinceBreak { get; private set; }
    public TimeSpan WorkSinceBreak { get; private set; }
    public bool SplitFirstPartTaken { get; private set; }
    public int ExtendedDays { get; private set; }
    public int ReducedDailyRests { get; private set; }
    public DateTimeOffset WeeklyRestEnded { get; private set; }

    /// <summary>Start of the break in progress at the end of the walk, if one is: the rest clocks stopped then.</summary>
    public DateTimeOffset? RestingSince { get; private set; }

    /// <summary>How long after the duty period starts the next daily rest must start to fit in its 24 hours.</summary>
    public TimeSpan DailyRestAllowance =>
        Day - (ReducedDailyRests < _rules.ReducedDailyRestsBetweenWeeklyRests ? _rules.ReducedDailyRest : _rules.RegularDailyRest);

    public TimeSpan DailyDrivingLimit =>
        ExtendedDays - (_extendedToday ? 1 : 0) < _rules.ExtendedDaysPerWeek ? _rules.ExtendedDailyDriving : _rules.DailyDriving;

    public void AdvanceTo(DateTimeOffset instant)
    {
        if (instant < WeekEnd) return;
        var week = _weeks.StartOf(instant);
        DrivingLastWeek = week == WeekEnd ? DrivingThisWeek : TimeSpan.Zero;
        DrivingThisWeek = WorkThisWeek = OtherWorkThisWeek = TimeSpan.Zero;
        Week = week;
        WeekEnd = _weeks.EndOf(week);
    }

    public void Work(ActivityKind kind, DateTimeOffset start, DateTimeOffset end)
    {
        CheckRestDue(start, end);
        // Split at week boundaries so each fixed week gets its own share.
        for (var from = start; from < end;)
        {
            AdvanceTo(from);
            var to = end < WeekEnd ? end : WeekEnd;
            WorkWithinWeek(kind, from, to - from);
            from = to;
        }
    }

    public void Off(DateTimeOffset start, DateTimeOffset end, bool ongoing)
    {
        var length = end - start;
        if (length >= _rules.ReducedWeeklyRest) WeeklyRest(end, length, ongoing);
        else if (length >= _rules.ReducedDailyRest) DailyRest(start, end, length, ongoing);
        else Break(start, length, ongoing);
    }

    private void WorkWithinWeek(ActivityKind kind, DateTimeOffset from, TimeSpan length)
    {
        if (kind == ActivityKind.Driving) Drive(from, length);
        if (kind == ActivityKind.OtherWork)
        {
            OtherWorkToday += length;
            OtherWorkThisWeek += length;
        }
        if (kind is ActivityKind.Driving or ActivityKind.OtherWork)
        {
            WorkSinceBreak = Add(WorkSinceBreak, length, _rules.MaxWorkWithoutBreak, HoursRule.WorkingTimeBreak, from);
            WorkThisWeek = Add(WorkThisWeek, length, _rules.WeeklyWorkingTime, HoursRule.WeeklyWorkingTime, from);
        }
    }

    private void Drive(DateTimeOffset from, TimeSpan length)
    {
        DrivingSinceBreak = Add(DrivingSinceBreak, length, _rules.MaxContinuousDriving, HoursRule.ContinuousDriving, from);
        var fortnightBefore = DrivingLastWeek + DrivingThisWeek;
        DrivingThisWeek = Add(DrivingThisWeek, length, _rules.WeeklyDriving, HoursRule.WeeklyDriving, from);
        Add(fortnightBefore, length, _rules.FortnightlyDriving, HoursRule.FortnightlyDriving, from);

        var before = DrivingToday;
        DrivingToday += length;
        if (!_extendedToday && Crossed(before, DrivingToday, _rules.DailyDriving))
        {
            // An extended day counts in the week its duty period started in.
            _extendedToday = true;
            ExtendedDays++;
            if (ExtendedDays > _rules.ExtendedDaysPerWeek) DailyDrivingBreach(from + (_rules.DailyDriving - before));
        }
        if (Crossed(before, DrivingToday, _rules.ExtendedDailyDriving)) DailyDrivingBreach(from + (_rules.ExtendedDailyDriving - before));
    }

    private void Break(DateTimeOffset start, TimeSpan length, bool ongoing)
    {
        BreaksToday += length;
        if (BreakRules.EndsDrivingSpell(length, SplitFirstPartTaken, _rules))
        {
            DrivingSinceBreak = TimeSpan.Zero;
            SplitFirstPartTaken = false;
        }
        else if (length >= _rules.SplitBreakFirstPart)
        {
            SplitFirstPartTaken = true;
        }
        if (length >= _rules.WorkingTimeBreak) WorkSinceBreak = TimeSpan.Zero;
        if (ongoing) RestingSince = start;
    }

    private void DailyRest(DateTimeOffset start, DateTimeOffset end, TimeSpan length, bool ongoing)
    {
        // Only the part inside the 24 hours after the duty period began counts (EU 561/2006 art. 8(2)).
        var window = DutyPeriodStart + Day - start;
        var counted = length < window ? length : window;
        if (counted >= _rules.ReducedDailyRest && counted < _rules.RegularDailyRest)
        {
            ReducedDailyRests++;
            // A rest still going on may yet become a regular one: only a finished rest can breach.
            if (ReducedDailyRests > _rules.ReducedDailyRestsBetweenWeeklyRests && !ongoing && !_dailyRestBreached)
                Breach(HoursRule.DailyRest, end);
        }
        StartDutyPeriod(end);
    }

    private void WeeklyRest(DateTimeOffset end, TimeSpan length, bool ongoing)
    {
        var reduced = length < _rules.RegularWeeklyRest;
        if (reduced && _lastWeeklyRestReduced && !ongoing) Breach(HoursRule.WeeklyRest, end);
        _lastWeeklyRestReduced = reduced;
        ReducedDailyRests = 0;
        WeeklyRestEnded = end;
        _weeklyRestBreached = false;
        StartDutyPeriod(end);
    }

    private void StartDutyPeriod(DateTimeOffset start)
    {
        DutyPeriodStart = start;
        DrivingToday = OtherWorkToday = BreaksToday = DrivingSinceBreak = WorkSinceBreak = TimeSpan.Zero;
        SplitFirstPartTaken = _extendedToday = _dailyDrivingBreached = _dailyRestBreached = false;
        RestingSince = null;
        var week = _weeks.StartOf(start);
        if (week == _extendedDaysWeek) return;
        _extendedDaysWeek = week;
        ExtendedDays = 0;
    }

    /// <summary>Any duty (work or availability) after a rest fell due breaches it, once per period.</summary>
    private void CheckRestDue(DateTimeOffset start, DateTimeOffset end)
    {
        var dailyDue = DutyPeriodStart + DailyRestAllowance;
        if (!_dailyRestBreached && end > dailyDue)
        {
            _dailyRestBreached = true;
            Breach(HoursRule.DailyRest, start > dailyDue ? start : dailyDue);
        }
        var weeklyDue = WeeklyRestEnded + _rules.WeeklyRestDueAfter;
        if (!_weeklyRestBreached && end > weeklyDue)
        {
            _weeklyRestBreached = true;
            Breach(HoursRule.WeeklyRest, start > weeklyDue ? start : weeklyDue);
        }
    }

    private void DailyDrivingBreach(DateTimeOffset at)
    {
        if (_dailyDrivingBreached) return;
        _dailyDrivingBreached = true;
        Breach(HoursRule.DailyDriving, at);
    }

    private TimeSpan Add(TimeSpan used, TimeSpan length, TimeSpan limit, HoursRule rule, DateTimeOffset from)
    {
        var after = used + length;
        if (Crossed(used, after, limit)) Breach(rule, from + (limit - used));
        return after;
    }

    private static bool Crossed(TimeSpan before, TimeSpan after, TimeSpan limit) => before <= limit && after > limit;

    private void Breach(HoursRule rule, DateTimeOffset at) => _breaches.Add(new HoursBreach(rule, at));
}
