using Microsoft.Extensions.Options;
using Npgsql;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Silo.Database;

/// <summary>
/// Keeps the monthly partitions of every <see cref="PartitionedTable"/> ahead of time, so an insert
/// never lacks its partition, and drops each table's months past its own retention period whole
/// (never a DELETE). Runs every six hours; each table in its own transaction under an advisory lock,
/// because two silos creating or dropping one partition would collide and one table's failure (a
/// drop that timed out waiting for its lock) should not hold back another's upkeep.
/// </summary>
public sealed partial class PartitionMaintenance(
    NpgsqlDataSource dataSource,
    IOptionsMonitor<RetentionOptions> retention,
    TimeProvider time,
    ILogger<PartitionMaintenance> logger) : BackgroundService
{
    private const long PartitionLockKey = 0x7469_7461_6e70_6172; // "titanpar"

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(6), time);
        do
        {
            await EnsureAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Runs the upkeep of every table once; a table whose upkeep fails is logged and left for the next run.</summary>
    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        foreach (var table in PartitionedTable.All)
        {
            try
            {
                await EnsureAsync(table, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(exception, table.Name);
            }
        }
    }

    private async Task EnsureAsync(PartitionedTable table, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var cutoff = now.AddMonths(-retention.Get(table.Name).RetentionMonths);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockCommand = connection.CreateCommand(PartitionQueries.Lock, transaction))
        {
            lockCommand.Parameters.AddWithValue("key", PartitionLockKey);
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }
        await using (var ensure = connection.CreateCommand(PartitionQueries.Ensure, transaction))
        {
            ensure.Parameters.AddWithValue("table", table.Name);
            ensure.Parameters.AddWithValue("from", now.AddDays(-40).UtcDateTime);
            ensure.Parameters.AddWithValue("to", now.AddMonths(3).UtcDateTime);
            await ensure.ExecuteNonQueryAsync(cancellationToken);
        }
        int dropped;
        await using (var drop = connection.CreateCommand(PartitionQueries.DropBefore, transaction))
        {
            drop.Parameters.AddWithValue("table", table.Name);
            drop.Parameters.AddWithValue("cutoff", cutoff.UtcDateTime);
            dropped = Convert.ToInt32(await drop.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }
        await transaction.CommitAsync(cancellationToken);
        if (dropped > 0) LogDropped(dropped, table.Name, cutoff);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Dropped {Partitions} {Table} partitions wholly older than {Cutoff:O} (retention)")]
    private partial void LogDropped(int partitions, string table, DateTimeOffset cutoff);

    [LoggerMessage(Level = LogLevel.Error, Message = "Partition upkeep of {Table} failed")]
    private partial void LogFailed(Exception exception, string table);
}
