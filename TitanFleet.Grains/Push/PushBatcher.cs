using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Grains.Push;

/// <summary>
/// Coalesces this silo's vehicle changes (latest per vehicle wins) and, once per interval, sends one
/// batch to every silo's observer. Cross-silo traffic is therefore one message per silo pair per
/// interval, whatever the ping rate.
/// </summary>
public sealed partial class PushBatcher(
    PushSubscribers subscribers,
    IOptions<PushOptions> options,
    TimeProvider time,
    ILogger<PushBatcher> logger) : BackgroundService, IPushBatcher
{
    private ConcurrentDictionary<Guid, VehicleSnapshot> _pending = new();

    public void Publish(VehicleSnapshot snapshot) => _pending[snapshot.VehicleId] = snapshot;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, time);
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
        if (_pending.IsEmpty) return;
        var taken = Interlocked.Exchange(ref _pending, new ConcurrentDictionary<Guid, VehicleSnapshot>());
        var batch = taken.Values.ToArray();
        var silos = await subscribers.GetAsync();
        foreach (var subscriber in silos)
        {
            await subscriber.OnVehiclesChanged(batch);
        }
        PushMetrics.RecordFlush(batch.Length);
        LogFlushed(batch.Length, silos.Length);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Pushed {Vehicles} vehicle changes to {Silos} silos")]
    private partial void LogFlushed(int vehicles, int silos);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Push flush failed; changes of this interval were dropped")]
    private partial void LogFlushFailed(Exception exception);
}
