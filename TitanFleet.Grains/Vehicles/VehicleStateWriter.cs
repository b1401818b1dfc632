using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Vehicles;

/// <summary>
/// Writes the live state of this silo's vehicles in groups: whatever is queued when the writer comes
/// round (up to <see cref="VehicleStateWriteOptions.MaxGroupRows"/>) goes into one multi-row upsert,
/// so the statements a second follow the load PostgreSQL can take instead of one per vehicle.
/// </summary>
public sealed partial class VehicleStateWriter(
    NpgsqlDataSource dataSource,
    IOptions<VehicleStateWriteOptions> options,
    ILogger<VehicleStateWriter> logger) : GroupedWriter<PendingStateWrite>(options.Value.QueueCapacity)
{
    private readonly Dictionary<Guid, PendingStateWrite> _latest = [];

    protected override int MaxGroupSize => options.Value.MaxGroupRows;

    /// <summary>Queues the write and returns when it is committed (deactivation, driver bindings).</summary>
    public async Task WriteAsync(PendingStateWrite write, CancellationToken cancellationToken)
    {
        await QueueAsync(write, cancellationToken);
        await write.Committed.Task;
    }

    protected override async Task CommitAsync(List<PendingStateWrite> group)
    {
        // One statement cannot update a row twice; the later write of a vehicle is the newer state.
        foreach (var write in group) _latest[write.VehicleId] = write;
        await CommitAsync(group, _latest.Values);
        _latest.Clear();
    }

    protected override void OnDrainAbandoned(int queued) => LogDrainAbandoned(queued);

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
