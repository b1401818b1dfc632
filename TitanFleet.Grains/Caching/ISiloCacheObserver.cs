namespace TitanFleet.Grains.Caching;

/// <summary>One per silo: drops the named entries from that silo's caches.</summary>
public interface ISiloCacheObserver : IGrainObserver
{
    Task Invalidate(CacheInvalidation invalidation);
}
