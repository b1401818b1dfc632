using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Vehicles;

/// <summary>
/// Writes the live state of this silo's vehicles in groups: whatever is queued when the writer comes
/// round (up to <see cref="VehicleStateWriteOptions.MaxGroupRows"/>) goes into one multi-row upsert,
/// so the statements a second follow the load PostgreSQL can take instead of one per vehicle. One
/// writer keeps a vehicle's writes in the order they were queued. It starts and stops with the silo
/// at the storage stage, after grains have deactivated, so the states deactivation queues still commit.
/// </summary>
public sealed partial class VehicleStateWriter(
    NpgsqlDataSource dataSource,
    IOptions<VehicleStateWriteOptions> options,
    ILogger<VehicleStateWriter> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    private readonly Channel<PendingStateWrite> _queue = Channel.CreateBounded<PendingStateWrite>(
        new BoundedChannelOptions(options.Value.QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private Task? _loop;

    /// <summary>Queues the write and returns when it is committed (deactivation, driver bindings).</summary>
    public async Task WriteAsync(PendingStateWrite write, CancellationToken cancellationToken)
    {
        await _queue.Writer.WriteAsync(write, cancellationToken);
        await write.Committed.Task;
    }

    /// <summary>Queues the write without waiting for room or the commit; false when the queue is full.</summary>
    public bool TryQueue(PendingStateWrite write) => _queue.Writer.TryWrite(write);

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(VehicleStateWriter), ServiceLifecycleStage.ApplicationServices, StartAsync, StopAsync);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _loop ??= Task.Run(RunAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

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
            LogDrainAbandoned(_queue.Reader.Count);
        }
    }

    private async Task RunAsync()
    {
        var group = new List<PendingStateWrite>();
        var latest = new Dictionary<Guid, PendingStateWrite>();
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (group.Count < options.Value.MaxGroupRows && _queue.Reader.TryRead(out var write))
            {
                group.Add(write);
                // One statement cannot update a row twice; the later write of a vehicle is the newer state.
                latest[write.VehicleId] = write;
            }
            if (group.Count == 0) continue;
            await CommitAsync(group, latest.Values);
            group.Clear();
            latest.Clear();
        }
    }

    private async Task CommitAsync(List<PendingStateWrite> group, IReadOnlyCollection<PendingStateWrite> rows)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            var vehicles = new Guid[rows.Count];
            var states = new byte[rows.Count][];
            var written = new DateTime[rows.Count];
            var i = 0;
            foreach (var row in rows)
            {
                vehicles[i] = row.VehicleId;
                states[i] = row.State;
                written[i] = row.WrittenAt.UtcDateTime;
                i++;
            }
            await using var command = dataSource.CreateCommand(VehicleStateQueries.UpsertGroup);
            command.Parameters.Add(new NpgsqlParameter<Guid[]>("vehicles", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { TypedValue = vehicles });
            command.Parameters.Add(new NpgsqlParameter<byte[][]>("states", NpgsqlDbType.Array | NpgsqlDbType.Bytea) { TypedValue = states });
            command.Parameters.Add(new NpgsqlParameter<DateTime[]>("written", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { TypedValue = written });
            await command.ExecuteNonQueryAsync(CancellationToken.None);
            foreach (var write in group) write.Committed.TrySetResult();
            VehicleStateMetrics.RecordGroup(rows.Count, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        }
        catch (Exception exception)
        {
            LogGroupFailed(exception, rows.Count);
            foreach (var write in group) write.Committed.TrySetException(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Grouped write of {Rows} vehicle live states failed; the vehicles stay dirty and write again when next due")]
    private partial void LogGroupFailed(Exception exception, int rows);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Silo stop timed out with {Queued} vehicle live states unwritten; activations replay them from location history")]
    private partial void LogDrainAbandoned(int queued);
}
