using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Grains.Push;

/// <summary>
/// Coalesces this silo's vehicle changes (<see cref="PushCoalescer"/>: at most one per vehicle per
/// interval, latest wins) and, every flush tick that has any due, sends one batch to every silo's
/// observer. Cross-silo traffic is therefore at most one message per silo pair per tick, whatever
/// the ping rate.
/// </summary>
public sealed partial class PushBatcher(
    PushSubscribers subscribers,
    IOptions<PushOptions> options,
    TimeProvider time,
    ILogger<PushBatcher> logger) : BackgroundService, IPushBatcher
{
    private readonly PushCoalescer _coalescer = new(options.Value.Interval, time);

    public void Publish(VehicleSnapshot snapshot) => _coalescer.Publish(snapshot);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.FlushTick, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await FlushAsync();
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFlushFailed(exception);
            }
        }
    }

    private async Task FlushAsync()
    {
        if (_coalescer.IsEmpty) return;
        var due = _coalescer.Take();
        if (due.Count == 0) return;
        var batch = new VehicleSnapshot[due.Count];
        for (var i = 0; i < batch.Length; i++)
        {
            batch[i] = due[i].Snapshot;
            PushMetrics.RecordCoalesceWait(due[i].WaitedMs);
        }
        var silos = await subscribers.SendAsync(subscriber => subscriber.OnVehiclesChanged(batch));
        PushMetrics.RecordFlush(batch.Length);
        LogFlushed(batch.Length, silos);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Pushed {Vehicles} vehicle changes to {Silos} silos")]
    private partial void LogFlushed(int vehicles, int silos);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Push flush failed for at least one silo; its dashboards missed this tick's changes")]
    private partial void LogFlushFailed(Exception exception);
}
