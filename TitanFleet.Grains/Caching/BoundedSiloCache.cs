using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace TitanFleet.Grains.Caching;

/// <summary>
/// A per-silo cache whose entries live until a write invalidates them (cluster-wide, through
/// <see cref="ClusterCacheInvalidator"/>) or memory pressure drops them, not for a fixed minute:
/// trackers post every few seconds to minutes, and a minute's expiry sent most of their posts to
/// the database. Bounded by entry count; misses are cached briefly and dropped first.
/// </summary>
public sealed class BoundedSiloCache<TKey, TValue> : IDisposable
    where TKey : notnull
{
    private static readonly TimeSpan MissFor = TimeSpan.FromSeconds(5);
    private readonly MemoryCache _entries;
    private readonly TimeSpan _maxAge;
    private long _invalidations;

    public BoundedSiloCache(IOptions<SiloCacheOptions> options, TimeProvider? time = null)
    {
        _entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.SizeLimit, Clock = time is null ? null : new TimeProviderClock(time) });
        _maxAge = options.Value.MaxAge;
    }

    /// <summary>Read before the database, passed to <see cref="Set"/> after it: a write invalidated in between is not cached over.</summary>
    public long Version => Interlocked.Read(ref _invalidations);

    public bool TryGet(TKey key, out TValue? value) => _entries.TryGetValue(key, out value);

    /// <summary>Caches what the database said at <paramref name="version"/>; a null value (a miss) only briefly.</summary>
    public void Set(TKey key, TValue? value, long version)
    {
        var missing = value is null;
        _entries.Set(key, value, new MemoryCacheEntryOptions
        {
            Size = 1,
            AbsoluteExpirationRelativeToNow = missing ? MissFor : _maxAge,
            Priority = missing ? CacheItemPriority.Low : CacheItemPriority.Normal,
        });
        // An invalidation that ran while the database was read may have removed the key before
        // this Set added it back with the old answer; seen here, the stale entry goes.
        if (Version != version) _entries.Remove(key);
    }

    public void Invalidate(TKey key)
    {
        Interlocked.Increment(ref _invalidations);
        _entries.Remove(key);
    }

    /// <summary>Drops every entry, including answers still being read from the database.</summary>
    public void Clear()
    {
        Interlocked.Increment(ref _invalidations);
        _entries.Clear();
    }

    public void Dispose() => _entries.Dispose();
}
