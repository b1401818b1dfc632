using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Runtime;

namespace TitanFleet.Grains.Vehicles;

/// <summary>
/// The durable half of going offline. A silo that dies takes its <see cref="OfflineSweep"/> with it,
/// so every <see cref="VehicleLiveOptions.OfflineSweepInterval"/> one silo (the lowest active address
/// in the membership snapshot, which every silo agrees on) asks PostgreSQL which silos the presence
/// rows name (a skip scan, one probe per silo) and takes the online vehicles of those the membership
/// declares dead or no longer lists at all (its defunct entries cleaned up while their rows remain):
/// at most <see cref="BatchSize"/> vehicles a round. Each is woken here: it goes offline if its time has come,
/// or is watched by this silo from now on (its presence row moves here, so it is not found again).
/// </summary>
public sealed partial class DeadSiloBackstop(
    IClusterMembershipService membership,
    ILocalSiloDetails localSilo,
    PostgresVehiclePresence presence,
    IGrainFactory grains,
    IOptions<VehicleLiveOptions> options,
    TimeProvider time,
    ILogger<DeadSiloBackstop> logger) : BackgroundService
{
    private const int BatchSize = 5_000;
    private const int MaxConcurrentCalls = 32;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.OfflineSweepInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RoundAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogRoundFailed(exception);
            }
        }
    }

    private async Task RoundAsync(CancellationToken cancellationToken)
    {
        var members = membership.CurrentSnapshot.Members.Values;
        var leader = members.Where(m => m.Status == SiloStatus.Active).Select(m => m.SiloAddress).Min();
        if (!localSilo.SiloAddress.Equals(leader)) return;
        var living = members.Where(m => m.Status != SiloStatus.Dead).Select(m => m.SiloAddress.ToParsableString()).ToHashSet(StringComparer.Ordinal);
        string[] dead = [.. (await presence.SilosAsync(cancellationToken)).Where(silo => !living.Contains(silo))];
        if (dead.Length == 0) return;

        var orphans = await presence.OfSilosAsync(dead, BatchSize, cancellationToken);
        if (orphans.Count == 0) return;
        LogTakingOver(orphans.Count);
        await Parallel.ForEachAsync(orphans, new ParallelOptions { MaxDegreeOfParallelism = MaxConcurrentCalls, CancellationToken = cancellationToken }, async (orphan, _) =>
        {
            try
            {
                await grains.GetGrain<IVehicleGrain>(orphan.VehicleId).ResumeAfterSiloLossAsync(orphan.OnlineSince);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Its row stays, so the next round tries again.
                LogResumeFailed(exception, orphan.VehicleId);
            }
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Taking over {Count} online vehicles of dead silos")]
    private partial void LogTakingOver(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Vehicle {VehicleId} of a dead silo could not be woken; the next round tries again")]
    private partial void LogResumeFailed(Exception exception, Guid vehicleId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The dead-silo backstop round failed; the next round tries again")]
    private partial void LogRoundFailed(Exception exception);
}
