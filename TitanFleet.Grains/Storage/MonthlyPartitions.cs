using Npgsql;
using NpgsqlTypes;

namespace TitanFleet.Grains.Storage;

/// <summary>
/// For writers into a monthly-partitioned table whose rows are timed by the event they record: the
/// upkeep keeps months from 40 days back to three months ahead, but an event may be timed by an
/// older GPS fix, whose month then has no partition. Such a writer makes the months it needs and
/// retries once.
/// </summary>
public static class MonthlyPartitions
{
    /// <summary>"No partition of relation found for row" (a check violation naming no constraint).</summary>
    public static bool IsMissingPartition(PostgresException exception) =>
        exception.SqlState == PostgresErrorCodes.CheckViolation && exception.ConstraintName is null;

    /// <summary>Creates the table's partitions for the given times' months; returns how many months were asked for.</summary>
    public static async Task<int> EnsureAsync(NpgsqlDataSource dataSource, string table, IEnumerable<DateTimeOffset> times, CancellationToken cancellationToken = default)
    {
        // Month by month, so an odd timestamp costs one partition, never every month in between.
        var months = times.Select(time => time.UtcDateTime).Select(time => new DateTimeOffset(time.Year, time.Month, 1, 0, 0, 0, TimeSpan.Zero)).Distinct().ToList();
        await using var batch = dataSource.CreateBatch();
        foreach (var month in months)
        {
            batch.BatchCommands.Add(PartitionQueries.Ensure.CreateBatchCommand(
                new NpgsqlParameter<string>("table", table),
                new NpgsqlParameter<DateTimeOffset>("from", month) { NpgsqlDbType = NpgsqlDbType.TimestampTz },
                new NpgsqlParameter<DateTimeOffset>("to", month) { NpgsqlDbType = NpgsqlDbType.TimestampTz }));
        }
        await batch.ExecuteNonQueryAsync(cancellationToken);
        return months.Count;
    }
}
