using Microsoft.Extensions.Options;
using Npgsql;

namespace TitanFleet.Silo.Database;

/// <summary>
/// Keeps monthly partitions of location history and of the event history ahead of time, so an insert
/// never lacks its partition, and drops each table's months past its retention period whole (never a
/// DELETE). Runs every six hours under an advisory lock because two silos creating or dropping one
/// partition would collide.
/// </summary>
public sealed partial class PartitionMaintenance(
    NpgsqlDataSource dataSource,
    IOptions<HistoryRetentionOptions> historyRetention,
    IOptions<EventRetentionOptions> eventRetention,
    TimeProvider time,
    ILogger<PartitionMaintenance> logger) : BackgroundService
{
    private const long PartitionLockKey = 0x7469_7461_6e70_6172; // "titanpar"

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(6), time);
        do
        {
            try
            {
                await EnsureAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            SELECT pg_advisory_xact_lock(@key);
            SELECT ensure_location_history_partitions(@from, @to);
            SELECT drop_location_history_partitions_before(@historyCutoff);
            SELECT ensure_fleet_events_partitions(@from, @to);
            SELECT drop_fleet_events_partitions_before(@eventsCutoff);
            """, connection, transaction);
        var now = time.GetUtcNow();
        var historyCutoff = now.AddMonths(-historyRetention.Value.RetentionMonths);
        var eventsCutoff = now.AddMonths(-eventRetention.Value.RetentionMonths);
        command.Parameters.AddWithValue("key", PartitionLockKey);
        command.Parameters.AddWithValue("from", now.AddDays(-40).UtcDateTime);
        command.Parameters.AddWithValue("to", now.AddMonths(3).UtcDateTime);
        command.Parameters.AddWithValue("historyCutoff", historyCutoff.UtcDateTime);
        command.Parameters.AddWithValue("eventsCutoff", eventsCutoff.UtcDateTime);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var (historyDropped, eventsDropped) = (0, 0);
        do
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                switch (reader.GetName(0))
                {
                    case "drop_location_history_partitions_before":
                        historyDropped = reader.GetInt32(0);
                        break;
                    case "drop_fleet_events_partitions_before":
                        eventsDropped = reader.GetInt32(0);
                        break;
                }
            }
        }
        while (await reader.NextResultAsync(cancellationToken));
        await reader.DisposeAsync();
        await transaction.CommitAsync(cancellationToken);
        if (historyDropped > 0) LogDropped(historyDropped, "location_history", historyCutoff);
        if (eventsDropped > 0) LogDropped(eventsDropped, "fleet_events", eventsCutoff);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Dropped {Partitions} {Table} partitions wholly older than {Cutoff:O} (retention)")]
    private partial void LogDropped(int partitions, string table, DateTimeOffset cutoff);

    [LoggerMessage(Level = LogLevel.Error, Message = "Partition upkeep failed")]
    private partial void LogFailed(Exception exception);
}
