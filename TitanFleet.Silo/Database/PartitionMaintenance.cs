using Microsoft.Extensions.Options;
using Npgsql;

namespace TitanFleet.Silo.Database;

/// <summary>
/// Keeps monthly location-history partitions ahead of time, so an insert never lacks its partition,
/// and drops the months past the retention period whole (never a DELETE). Runs every six hours
/// under an advisory lock because two silos creating or dropping one partition would collide.
/// </summary>
public sealed partial class PartitionMaintenance(
    NpgsqlDataSource dataSource, IOptions<HistoryRetentionOptions> retention, TimeProvider time, ILogger<PartitionMaintenance> logger) : BackgroundService
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
            SELECT drop_location_history_partitions_before(@cutoff);
            """, connection, transaction);
        var now = time.GetUtcNow();
        var cutoff = now.AddMonths(-retention.Value.RetentionMonths);
        command.Parameters.AddWithValue("key", PartitionLockKey);
        command.Parameters.AddWithValue("from", now.AddDays(-40).UtcDateTime);
        command.Parameters.AddWithValue("to", now.AddMonths(3).UtcDateTime);
        command.Parameters.AddWithValue("cutoff", cutoff.UtcDateTime);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var dropped = 0;
        do
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                if (reader.GetName(0) == "drop_location_history_partitions_before") dropped = reader.GetInt32(0);
            }
        }
        while (await reader.NextResultAsync(cancellationToken));
        await reader.DisposeAsync();
        await transaction.CommitAsync(cancellationToken);
        if (dropped > 0) LogDropped(dropped, cutoff);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Dropped {Partitions} location history partitions wholly older than {Cutoff:O} (retention)")]
    private partial void LogDropped(int partitions, DateTimeOffset cutoff);

    [LoggerMessage(Level = LogLevel.Error, Message = "Location history partition upkeep failed")]
    private partial void LogFailed(Exception exception);
}
