using System.Threading.Channels;

namespace TitanFleet.Grains.Storage;

/// <summary>
/// The silo's grouped writers share this loop: callers queue work on a bounded queue, and one reader
/// takes whatever is queued when it comes round (up to <see cref="MaxGroupSize"/>) and commits it as one
/// group, so the statements a second follow what PostgreSQL can take instead of one per caller. One
/// reader keeps the order work was queued in. A writer starts and stops with the silo at the
/// application-services stage, after grains have deactivated, so what deactivation queues still commits.
/// </summary>
public abstract class GroupedWriter<T>(int queueCapacity) : ILifecycleParticipant<ISiloLifecycle>
{
    private readonly Channel<T> _queue = Channel.CreateBounded<T>(
        new BoundedChannelOptions(queueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private Task? _loop;

    /// <summary>The most a group may hold, in the units of <see cref="SizeOf"/>.</summary>
    protected abstract int MaxGroupSize { get; }

    /// <summary>How long the reader waits for more work before a group that is not yet full.</summary>
    protected virtual TimeSpan Linger => TimeSpan.Zero;

    /// <summary>Queues without waiting for room; false when the queue is full.</summary>
    public bool TryQueue(T item) => _queue.Writer.TryWrite(item);

    /// <summary>Queues, waiting for room until <paramref name="cancellationToken"/> fires.</summary>
    public ValueTask QueueAsync(T item, CancellationToken cancellationToken) => _queue.Writer.WriteAsync(item, cancellationToken);

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(GetType().Name, ServiceLifecycleStage.ApplicationServices, StartAsync, StopAsync);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _loop ??= Task.Run(RunAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <summary>Stops taking work and drains what was queued, until <paramref name="cancellationToken"/> fires.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        if (_loop is null) return;
        try
        {
            await _loop.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            OnDrainAbandoned(_queue.Reader.Count);
        }
    }

    /// <summary>How much of a group <paramref name="item"/> takes.</summary>
    protected virtual int SizeOf(T item) => 1;

    /// <summary>Commits one group and completes its callers' promises; must not throw.</summary>
    protected abstract Task CommitAsync(List<T> group);

    /// <summary>The silo's stop timed out with <paramref name="queued"/> items unwritten.</summary>
    protected abstract void OnDrainAbandoned(int queued);

    private async Task RunAsync()
    {
        var group = new List<T>();
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            if (Linger > TimeSpan.Zero && _queue.Reader.Count < MaxGroupSize)
                await Task.Delay(Linger);
            var size = 0;
            while (size < MaxGroupSize && _queue.Reader.TryRead(out var item))
            {
                group.Add(item);
                size += SizeOf(item);
            }
            if (group.Count == 0) continue;
            await CommitAsync(group);
            group.Clear();
        }
    }
}
