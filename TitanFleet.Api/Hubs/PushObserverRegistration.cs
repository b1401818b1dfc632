using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TitanFleet.Grains.Push;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Api.Hubs;

/// <summary>Registers this silo's observer with the push directory and renews it, so every silo fans out to this one.</summary>
public sealed partial class PushObserverRegistration(
    IGrainFactory grains,
    HubPushObserver observer,
    PushSubscribers subscribers,
    ILogger<PushObserverRegistration> logger) : BackgroundService
{
    private IFleetPushObserver? _reference;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The runtime holds observers weakly; this field keeps ours alive for the silo's lifetime.
        _reference = grains.CreateObjectReference<IFleetPushObserver>(observer);
        subscribers.AddLocal(_reference);
        var directory = grains.GetGrain<IPushDirectoryGrain>(StorageNames.PushDirectoryKey);
        using var timer = new PeriodicTimer(PushOptions.RenewInterval);
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
                await grains.GetGrain<IPushDirectoryGrain>(StorageNames.PushDirectoryKey).Unsubscribe(_reference).WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogRenewFailed(exception);
            }
        }
        await base.StopAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not renew this silo's push subscription")]
    private partial void LogRenewFailed(Exception exception);
}
