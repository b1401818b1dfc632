using System.Collections.Immutable;

namespace TitanFleet.Grains.Hours;

/// <summary>What changed between two evaluations that the driver and managers should hear about.</summary>
public static class HoursAlerts
{
    /// <summary>
    /// A limit that has become approaching since <paramref name="previous"/> (or is approaching at
    /// the first evaluation), and every breach <paramref name="previous"/> did not list. Breaches
    /// come from the breach list, not the limit state, so each is raised once, at its own instant,
    /// even when it happened between two evaluations.
    /// </summary>
    public static ImmutableArray<HoursAlert> Between(HoursStatus? previous, HoursStatus current)
    {
        var alerts = ImmutableArray.CreateBuilder<HoursAlert>();
        foreach (var limit in current.Limits)
        {
            var before = previous?.For(limit.Rule).State ?? LimitState.Ok;
            if (limit.State == LimitState.Approaching && before == LimitState.Ok)
                alerts.Add(new HoursAlert(limit.Rule, LimitState.Approaching, current.At));
        }
        foreach (var breach in current.Breaches)
        {
            if (previous is null || !previous.Breaches.Contains(breach))
                alerts.Add(new HoursAlert(breach.Rule, LimitState.Breached, breach.At));
        }
        return alerts.ToImmutable();
    }

    /// <summary>
    /// When to evaluate again, with no change in the log, to raise the next alert on time: when the
    /// next limit turns approaching, or when it is reached if it already is. Null when driving on
    /// reaches no limit this week.
    /// </summary>
    public static DateTimeOffset? NextCheckAt(HoursStatus status, HoursOptions rules)
    {
        if (status.NextLimit is not { } rule || status.NextLimitAt is not { } at) return null;
        if (status.For(rule).State != LimitState.Ok) return at;
        var approaching = at - rules.ApproachingLead;
        return approaching > status.At ? approaching : status.At;
    }
}
