using Microsoft.Extensions.Logging;
using Orleans.Utilities;

namespace TitanFleet.Grains.Push;

public sealed class PushDirectoryGrain(ILogger<PushDirectoryGrain> logger) : Grain, IPushDirectoryGrain
{
    /// <summary>Silos renew every <see cref="PushOptions.RenewInterval"/>; three missed renewals drop a silo.</summary>
    private readonly ObserverManager<IFleetPushObserver> _observers = new(PushOptions.ObserverExpiry, logger);

    public Task Subscribe(IFleetPushObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task Unsubscribe(IFleetPushObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    public Task<IFleetPushObserver[]> GetSubscribers()
    {
        _observers.ClearExpired();
        return Task.FromResult(_observers.ToArray());
    }
}
