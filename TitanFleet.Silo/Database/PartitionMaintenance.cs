using Npgsql;

namespace TitanFleet.Silo.Database;

/// <summary>
/// Keeps monthly location-history partitions ahead of time (daily), so an insert never lacks its
/// partition. Runs under an advisory lock because two silos creating one partition would collide.
/// </summary>
public sealed partial class PartitionMaintenance(NpgsqlDataSource dataSource, TimeProvider time, ILogger<PartitionMaintenance> logger) : BackgroundService
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
            "SELECT pg_advisory_xact_lock(@key); SELECT ensure_location_history_partitions(@from, @to);", connection, transaction);
        var now = time.GetUtcNow();
        command.Parameters.AddWithValue("key", PartitionLockKey);
        command.Parameters.AddWithValue("from", now.AddDays(-40).UtcDateTime);
        command.Parameters.AddWithValue("to", now.AddMonths(3).UtcDateTime);
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Creating location history partitions failed")]
    private partial void LogFailed(Exception exception);
}
