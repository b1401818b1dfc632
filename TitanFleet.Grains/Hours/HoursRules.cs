using System.Collections.Immutable;

namespace TitanFleet.Grains.Hours;

/// <summary>
/// The drivers' hours rules (docs/drivers-hours.md) over an activity log: pure, no I/O, linear in
/// the log's length when the log is in order. Time not covered by the log counts as rest, and the
/// log's first entry is taken to follow a regular weekly rest. Fixed weeks start on Monday 00:00 in
/// <c>timeZone</c>, the company's.
/// </summary>
public static class HoursRules
{
    public static HoursStatus Evaluate(IReadOnlyList<ActivitySegment> log, DateTimeOffset now, HoursOptions rules, TimeZoneInfo timeZone)
    {
        var timeline = ActivityTimeline.Normalize(log, now);
        var cursor = timeline.Count > 0 ? timeline[0].Start : now;
        var tally = new HoursTally(rules, timeZone, cursor);
        DateTimeOffset? offSince = null;
        foreach (var entry in timeline)
        {
            if (entry.Start > cursor) offSince ??= cursor;
            if (entry.Kind is ActivityKind.Break or ActivityKind.Rest)
            {
                offSince ??= entry.Start;
            }
            else
            {
                if (offSince is { } since) tally.Off(since, entry.Start, ongoing: false);
                offSince = null;
                tally.Work(entry.Kind, entry.Start, entry.End);
            }
            cursor = entry.End;
        }
        if (cursor < now) offSince ??= cursor;
        if (offSince is { } resting) tally.Off(resting, now, ongoing: true);
        tally.AdvanceTo(now);
        return StatusOf(tally, now, rules);
    }

    private static HoursStatus StatusOf(HoursTally tally, DateTimeOffset now, HoursOptions rules)
    {
        var clockStop = tally.RestingSince ?? now;
        var limits = ImmutableArray.Create(
            Limit(HoursRule.ContinuousDriving, tally.DrivingSinceBreak, rules.MaxContinuousDriving, rules),
            Limit(HoursRule.DailyDriving, tally.DrivingToday, tally.DailyDrivingLimit, rules),
            Limit(HoursRule.WeeklyDriving, tally.DrivingThisWeek, rules.WeeklyDriving, rules),
            Limit(HoursRule.FortnightlyDriving, tally.DrivingThisWeek + tally.DrivingLastWeek, rules.FortnightlyDriving, rules),
            Limit(HoursRule.DailyRest, clockStop - tally.DutyPeriodStart, tally.DailyRestAllowance, rules),
            Limit(HoursRule.WeeklyRest, clockStop - tally.WeeklyRestEnded, rules.WeeklyRestDueAfter, rules),
            Limit(HoursRule.WorkingTimeBreak, tally.WorkSinceBreak, rules.MaxWorkWithoutBreak, rules),
            Limit(HoursRule.WeeklyWorkingTime, tally.WorkThisWeek, rules.WeeklyWorkingTime, rules));
        var (next, nextAt) = NextLimit(limits, tally, now);
        var breaches = tally.Breaches.Count < 2
            ? [.. tally.Breaches]
            : tally.Breaches.OrderBy(b => b.At).ThenBy(b => b.Rule).ToImmutableArray();
        return new HoursStatus(
            At: now,
            DutyPeriodStart: tally.DutyPeriodStart,
            WeeklyRestEnded: tally.WeeklyRestEnded,
            WeekStart: tally.Week,
            DrivingSinceBreak: tally.DrivingSinceBreak,
            DrivingToday: tally.DrivingToday,
            DrivingThisWeek: tally.DrivingThisWeek,
            DrivingThisAndLastWeek: tally.DrivingThisWeek + tally.DrivingLastWeek,
            OtherWorkToday: tally.OtherWorkToday,
            OtherWorkThisWeek: tally.OtherWorkThisWeek,
            BreaksToday: tally.BreaksToday,
            SplitBreakFirstPartTaken: tally.SplitFirstPartTaken,
            ExtendedDaysThisWeek: tally.ExtendedDays,
            ReducedDailyRestsUsed: tally.ReducedDailyRests,
            Limits: limits,
            NextLimit: next,
            NextLimitAt: nextAt,
            Breaches: breaches);
    }

    private static LimitStatus Limit(HoursRule rule, TimeSpan used, TimeSpan limit, HoursOptions rules)
    {
        var remaining = used < limit ? limit - used : TimeSpan.Zero;
        var state = used > limit ? LimitState.Breached
            : remaining <= rules.ApproachingLead ? LimitState.Approaching
            : LimitState.Ok;
        return new LimitStatus(rule, used, limit, remaining, state);
    }

    /// <summary>The first limit not yet breached that driving from now on, without a stop, would reach.</summary>
    private static (HoursRule? Rule, DateTimeOffset? At) NextLimit(ImmutableArray<LimitStatus> limits, HoursTally tally, DateTimeOffset now)
    {
        var weekEnds = tally.WeekEnd;
        (HoursRule? Rule, DateTimeOffset? At) next = (null, null);
        foreach (var limit in limits)
        {
            if (limit.State == LimitState.Breached) continue;
            var at = limit.Rule switch
            {
                // Rest clocks run on through a short stop, so they fall due at a fixed instant.
                HoursRule.DailyRest => Later(now, tally.DutyPeriodStart + limit.Limit),
                HoursRule.WeeklyRest => Later(now, tally.WeeklyRestEnded + limit.Limit),
                _ => now + limit.Remaining,
            };
            // A weekly total starts again on Monday, so a week that ends first is never reached.
            var weekly = limit.Rule is HoursRule.WeeklyDriving or HoursRule.FortnightlyDriving or HoursRule.WeeklyWorkingTime;
            if (weekly && at >= weekEnds) continue;
            if (next.At is null || at < next.At) next = (limit.Rule, at);
        }
        return next;
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
