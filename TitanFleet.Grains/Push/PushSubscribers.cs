using Microsoft.Extensions.Options;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Push;

/// <summary>This silo's copy of the push directory: every silo's observer, re-read at most once per refresh period.</summary>
public sealed class PushSubscribers(IGrainFactory grains, IOptions<PushOptions> options, TimeProvider time)
{
    private IFleetPushObserver[] _subscribers = [];
    private DateTimeOffset _readAt = DateTimeOffset.MinValue;

    public async Task<IFleetPushObserver[]> GetAsync()
    {
        var now = time.GetUtcNow();
        var current = Volatile.Read(ref _subscribers);
        if (now - _readAt < options.Value.SubscriberRefresh && current.Length > 0) return current;
        current = await grains.GetGrain<IPushDirectoryGrain>(StorageNames.PushDirectoryKey).GetSubscribers();
        Volatile.Write(ref _subscribers, current);
        _readAt = now;
        return current;
    }
}
