using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TitanFleet.Grains.Vehicles;

/// <summary>
/// One sweep per silo finds vehicles that stopped pinging: each ping records when the vehicle's
/// offline is due (one dictionary entry per online vehicle, about 70 bytes, rather than a grain
/// timer each), and every <see cref="VehicleLiveOptions.OfflineSweepInterval"/> the sweep calls the
/// grains whose time has come. An entry outlives its grain's activation, so an idle vehicle that
/// Orleans collected is woken once to go offline and then collected again; none is kept active.
/// </summary>
public sealed partial class OfflineSweep(IGrainFactory grains, IOptions<VehicleLiveOptions> options, TimeProvider time, ILogger<OfflineSweep> logger)
    : BackgroundService
{
    private const int MaxConcurrentCalls = 32;

    private readonly ConcurrentDictionary<Guid, long> _dueTicks = new();

    /// <summary>Vehicles this silo watches.</summary>
    public int Count => _dueTicks.Count;

    public void Watch(Guid vehicleId, DateTimeOffset lastSeen) => _dueTicks[vehicleId] = (lastSeen + options.Value.OfflineAfter).UtcTicks;

    public void Forget(Guid vehicleId) => _dueTicks.TryRemove(vehicleId, out _);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.OfflineSweepInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken)) await SweepAsync(stoppingToken);
    }

    private async Task SweepAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcTicks;
        List<KeyValuePair<Guid, long>>? due = null;
        foreach (var entry in _dueTicks)
        {
            // Removed only if no ping moved it on meanwhile.
            if (entry.Value <= now && _dueTicks.TryRemove(entry)) (due ??= []).Add(entry);
        }
        if (due is null) return;

        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = MaxConcurrentCalls, CancellationToken = cancellationToken }, async (entry, _) =>
        {
            try
            {
                await grains.GetGrain<IVehicleGrain>(entry.Key).CheckOfflineAsync();
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Tried again on the next sweep, unless a ping came meanwhile.
                _dueTicks.TryAdd(entry.Key, entry.Value);
                LogCheckFailed(exception, entry.Key);
            }
        });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Vehicle {VehicleId} could not be checked for going offline; the next sweep tries again")]
    private partial void LogCheckFailed(Exception exception, Guid vehicleId);
}
