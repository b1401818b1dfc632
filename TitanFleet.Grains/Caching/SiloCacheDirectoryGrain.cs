using Microsoft.Extensions.Logging;
using Orleans.Utilities;

namespace TitanFleet.Grains.Caching;

public sealed class SiloCacheDirectoryGrain(ILogger<SiloCacheDirectoryGrain> logger) : Grain, ISiloCacheDirectoryGrain
{
    public static readonly TimeSpan RenewInterval = TimeSpan.FromSeconds(10);

    /// <summary>Three missed renewals drop a silo.</summary>
    private readonly ObserverManager<ISiloCacheObserver> _observers = new(TimeSpan.FromSeconds(35), logger);

    public Task Subscribe(ISiloCacheObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task Unsubscribe(ISiloCacheObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    public Task<ISiloCacheObserver[]> GetSubscribers()
    {
        _observers.ClearExpired();
        return Task.FromResult(_observers.ToArray());
    }
}
