namespace TitanFleet.Grains.Caching;

/// <summary>This silo's end of cluster-wide invalidation: hands each message to the caches of its region.</summary>
public sealed class SiloCacheObserver(IEnumerable<ISiloCache> caches) : ISiloCacheObserver
{
    private readonly ILookup<string, ISiloCache> _byRegion = caches.ToLookup(cache => cache.Region, StringComparer.Ordinal);

    public Task Invalidate(CacheInvalidation invalidation)
    {
        InvalidateLocal(invalidation);
        return Task.CompletedTask;
    }

    public void InvalidateLocal(CacheInvalidation invalidation)
    {
        foreach (var cache in _byRegion[invalidation.Region]) cache.Invalidate(invalidation.Id);
    }
}
