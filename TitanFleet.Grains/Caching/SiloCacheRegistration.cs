using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Caching;

/// <summary>Registers this silo's cache observer with the directory and renews it, so every write reaches this silo's caches.</summary>
public sealed partial class SiloCacheRegistration(
    IGrainFactory grains,
    SiloCacheObserver observer,
    ILogger<SiloCacheRegistration> logger) : BackgroundService
{
    private ISiloCacheObserver? _reference;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The runtime holds observers weakly; this field keeps ours alive for the silo's lifetime.
        _reference = grains.CreateObjectReference<ISiloCacheObserver>(observer);
        var directory = grains.GetGrain<ISiloCacheDirectoryGrain>(StorageNames.CacheDirectoryKey);
        using var timer = new PeriodicTimer(SiloCacheDirectoryGrain.RenewInterval);
        do
        {
            try
            {
                await directory.Subscribe(_reference);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogRenewFailed(exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_reference is not null)
        {
            try
            {
                await grains.GetGrain<ISiloCacheDirectoryGrain>(StorageNames.CacheDirectoryKey).Unsubscribe(_reference)
                    .WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogRenewFailed(exception);
            }
        }
        await base.StopAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not renew this silo's cache-invalidation subscription")]
    private partial void LogRenewFailed(Exception exception);
}
