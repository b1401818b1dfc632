namespace TitanFleet.Grains.Push;

public sealed class PushOptions
{
    public const string Section = "Push";

    public static readonly TimeSpan RenewInterval = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan ObserverExpiry = TimeSpan.FromSeconds(35);

    /// <summary>Coalescing interval: each dashboard gets at most one update per vehicle per interval.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// How often a silo sends the changes that are due. A vehicle not sent for an interval goes on the
    /// next tick, so a change waits up to this long rather than up to a whole interval.
    /// </summary>
    public TimeSpan FlushTick { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>How often a silo re-reads the list of silos to fan out to.</summary>
    public TimeSpan SubscriberRefresh { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// A dashboard whose send has not completed for this long has stopped reading and is disconnected;
    /// until then its updates merge (latest per vehicle) instead of queueing.
    /// </summary>
    public TimeSpan SlowClientTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>GetSnapshot calls a connection may make at once (token bucket size).</summary>
    public int SnapshotBurst { get; set; } = 5;

    /// <summary>One more GetSnapshot call is allowed per connection each period, up to <see cref="SnapshotBurst"/>.</summary>
    public TimeSpan SnapshotPeriod { get; set; } = TimeSpan.FromSeconds(2);
}
