using System.Runtime.ExceptionServices;
using Microsoft.Extensions.Options;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Push;

/// <summary>
/// This silo's copy of the push directory: every silo's observer, re-read at most once per refresh
/// period, and always this silo's own. A directory grain re-activated after its silo died knows no
/// observer until the silos renew (up to <see cref="PushOptions.RenewInterval"/>); without its own
/// entry a silo would push that window's changes and events to nobody, its own dashboards included.
/// </summary>
public sealed class PushSubscribers(IGrainFactory grains, IOptions<PushOptions> options, TimeProvider time)
{
    private IFleetPushObserver[] _fromDirectory = [];
    private IFleetPushObserver[] _subscribers = [];
    private IFleetPushObserver? _local;
    private DateTimeOffset _readAt = DateTimeOffset.MinValue;

    /// <summary>This silo's own observer, pushed to whether or not the directory lists it yet.</summary>
    public void AddLocal(IFleetPushObserver observer)
    {
        Volatile.Write(ref _local, observer);
        Volatile.Write(ref _subscribers, WithLocal(Volatile.Read(ref _fromDirectory), observer));
    }

    public async Task<IFleetPushObserver[]> GetAsync()
    {
        var now = time.GetUtcNow();
        if (now - _readAt < options.Value.SubscriberRefresh && Volatile.Read(ref _fromDirectory).Length > 0) return Volatile.Read(ref _subscribers);
        var fromDirectory = await grains.GetGrain<IPushDirectoryGrain>(StorageNames.PushDirectoryKey).GetSubscribers();
        var current = WithLocal(fromDirectory, Volatile.Read(ref _local));
        Volatile.Write(ref _fromDirectory, fromDirectory);
        Volatile.Write(ref _subscribers, current);
        _readAt = now;
        return current;
    }

    /// <summary>
    /// Sends to every silo. One that fails (a dead silo the directory still lists) does not keep the
    /// others from theirs; the first failure is thrown once all were tried. Returns how many silos were tried.
    /// </summary>
    public async Task<int> SendAsync(Func<IFleetPushObserver, Task> send)
    {
        var silos = await GetAsync();
        Exception? failure = null;
        foreach (var silo in silos)
        {
            try
            {
                await send(silo);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                failure ??= exception;
            }
        }
        if (failure is not null) ExceptionDispatchInfo.Throw(failure);
        return silos.Length;
    }

    private static IFleetPushObserver[] WithLocal(IFleetPushObserver[] fromDirectory, IFleetPushObserver? local)
    {
        if (local is null) return fromDirectory;
        var localId = local.GetGrainId();
        foreach (var observer in fromDirectory)
        {
            if (observer.GetGrainId() == localId) return fromDirectory;
        }
        return [.. fromDirectory, local];
    }
}
