namespace TitanFleet.Grains.Caching;

/// <summary>Bounds for the per-silo caches that every ping reads (device tokens, the vehicle directory).</summary>
public sealed class SiloCacheOptions
{
    public const string Section = "SiloCache";

    /// <summary>
    /// Entries per cache. Past it the least recently read entries are dropped (misses first), so a
    /// silo's memory stays bounded whatever the fleet size; a fleet larger than this per silo pays
    /// a database read for the entries that were dropped.
    /// </summary>
    public int SizeLimit { get; set; } = 500_000;

    /// <summary>
    /// Entries change only through writes that invalidate them on every silo, so this is only a
    /// safety net for a silo that missed an invalidation (it did not answer within the writer's
    /// wait); it is long so a tracker posting every few minutes still finds its entries.
    /// </summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromHours(1);
}
