namespace TitanFleet.Grains.Push;

public sealed class PushOptions
{
    public const string Section = "Push";

    public static readonly TimeSpan RenewInterval = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan ObserverExpiry = TimeSpan.FromSeconds(35);

    /// <summary>Coalescing interval: each dashboard gets at most one update per vehicle per interval.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How often a silo re-reads the list of silos to fan out to.</summary>
    public TimeSpan SubscriberRefresh { get; set; } = TimeSpan.FromSeconds(3);
}
