using Microsoft.Extensions.Logging;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Caching;

/// <summary>
/// Tells every silo to forget a record, and returns once they have: a write that changes what the
/// live side caches (a retired vehicle, a deactivated user) takes effect on the whole cluster before
/// its response. A silo that does not answer in time is logged and falls back to its cache expiry.
/// </summary>
public sealed partial class ClusterCacheInvalidator(IGrainFactory grains, SiloCacheObserver local, ILogger<ClusterCacheInvalidator> logger)
{
    private static readonly TimeSpan SiloTimeout = TimeSpan.FromSeconds(2);

    public async Task InvalidateAsync(string region, Guid id)
    {
        var invalidation = new CacheInvalidation(region, id);
        local.InvalidateLocal(invalidation);
        try
        {
            var silos = await grains.GetGrain<ISiloCacheDirectoryGrain>(StorageNames.CacheDirectoryKey).GetSubscribers();
            await Task.WhenAll(silos.Select(silo => TellAsync(silo, invalidation)));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogDirectoryFailed(exception, region, id);
        }
    }

    private async Task TellAsync(ISiloCacheObserver silo, CacheInvalidation invalidation)
    {
        try
        {
            await silo.Invalidate(invalidation).WaitAsync(SiloTimeout);
        }
        catch (Exception exception)
        {
            LogSiloFailed(exception, invalidation.Region, invalidation.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not reach the cache directory to invalidate {Region} {Id}; other silos keep it until it expires")]
    private partial void LogDirectoryFailed(Exception exception, string region, Guid id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A silo did not confirm invalidating {Region} {Id}; it keeps it until it expires")]
    private partial void LogSiloFailed(Exception exception, string region, Guid id);
}
