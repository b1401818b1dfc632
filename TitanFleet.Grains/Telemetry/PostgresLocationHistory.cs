using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using TitanFleet.Grains.Rollups;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Telemetry;

/// <summary>
/// Location history in PostgreSQL with group commit: concurrent appends queue up and a few writer
/// loops each take everything waiting (up to a cap) into one write (binary COPY for a large group, an
/// INSERT batched with the rollup statements for a small one, an INSERT that skips stored fixes when the
/// group holds a resend), so the cost per position falls as load rises
/// instead of paying one round trip per request. The vehicle daily rollups are brought up to date
/// in the same transaction (<see cref="VehicleRollupWriter"/>), so a committed fix is in its day's rollup.
/// </summary>
public sealed partial class PostgresLocationHistory(
    NpgsqlDataSource dataSource,
    IOptions<GroupCommitOptions> options,
    VehicleRollupWriter rollups,
    ILogger<PostgresLocationHistory> logger) : BackgroundService, ILocationHistory
{
    private readonly Channel<PendingAppend> _queue = Channel.CreateBounded<PendingAppend>(
        new BoundedChannelOptions(options.Value.QueueCapacity) { SingleReader = false, FullMode = BoundedChannelFullMode.Wait });

    public async Task AppendAsync(IReadOnlyList<PositionReport> positions, CancellationToken cancellationToken = default)
    {
        if (positions.Count == 0) return;
        var pending = new PendingAppend(positions);
        await _queue.Writer.WriteAsync(pending, cancellationToken);
        // Once queued the positions will be committed whatever the caller does, so the caller must
        // learn the outcome: a cancelled wait would leave stored fixes unapplied to live state.
        await pending.Committed.Task;
    }

    public async Task<IReadOnlyList<PositionReport>> GetSinceAsync(Guid vehicleId, DateTimeOffset after, int limit, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(LocationHistoryQueries.Since);
        command.Parameters.AddWithValue("vehicle", vehicleId);
        command.Parameters.AddWithValue("after", after.UtcDateTime);
        command.Parameters.AddWithValue("limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var fixes = new List<PositionReport>();
        while (await reader.ReadAsync(cancellationToken)) fixes.Add(ReadPosition(reader));
        fixes.Reverse();
        return fixes;
    }

    // Writers run until the queue is completed at shutdown, not until the token fires, so queued work still commits.
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Math.Max(1, options.Value.Writers)).Select(_ => RunWriterAsync()));

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Stop accepting work, then let the writers drain what was queued so nothing in flight is dropped.
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    private async Task RunWriterAsync()
    {
        var group = new List<PendingAppend>();
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            var count = 0;
            while (count < options.Value.MaxBatchPositions && _queue.Reader.TryRead(out var pending))
            {
                group.Add(pending);
                count += pending.Positions.Count;
            }
            if (group.Count == 0) continue;
            await CommitAsync(group, count);
            group.Clear();
        }
    }

    private async Task CommitAsync(List<PendingAppend> group, int count)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(CancellationToken.None);
            try
            {
                await WriteAsync(connection, group, count);
            }
            catch (PostgresException exception) when (exception.SqlState == LocationHistoryCopy.UniqueViolation)
            {
                // A resend in the group: the failed COPY or insert rolled back whole, so write it again skipping stored fixes.
                LogResendFallback(group.Count, count);
                await InsertRefusingConflictsAsync(connection, group);
            }
            foreach (var pending in group) pending.Committed.TrySetResult();
            LocationHistoryMetrics.RecordCommit(count, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        }
        catch (Exception exception)
        {
            LogCommitFailed(exception, group.Count, count);
            foreach (var pending in group) pending.Committed.TrySetException(exception);
        }
    }

    private async Task WriteAsync(NpgsqlConnection connection, List<PendingAppend> group, int count)
    {
        if (!rollups.Enabled)
        {
            await LocationHistoryCopy.ExecuteAsync(connection, group, CancellationToken.None);
            return;
        }
        // Npgsql sends BEGIN with the first statement, and the rollup writer sends COMMIT with its last:
        // a small group takes two round trips (insert, locks and tails; upsert and commit), a large one
        // two more for its COPY.
        await using var transaction = await connection.BeginTransactionAsync(CancellationToken.None);
        NpgsqlBatchCommand? insert = null;
        if (count < options.Value.CopyMinPositions) insert = LocationHistoryInsert.GroupCommand(group);
        else await LocationHistoryCopy.ExecuteAsync(connection, group, CancellationToken.None);
        await rollups.WriteAndCommitAsync(
            connection, transaction, insert, group.SelectMany(p => p.Positions), options.Value.PrepareStatements, CancellationToken.None);
    }

    /// <summary>
    /// A fix that shares vehicle, source and fix time with a stored fix but differs from it is no
    /// resend, and the key has room for one: its whole request is refused and the rest retried, so
    /// nothing is acknowledged that was not stored and no request is stored in part.
    /// </summary>
    private async Task InsertRefusingConflictsAsync(NpgsqlConnection connection, List<PendingAppend> group)
    {
        while (group.Count > 0)
        {
            var conflicting = await LocationHistoryInsert.ExecuteAsync(
                connection, group, rollups.Enabled ? rollups.ApplyAsync : null, CancellationToken.None);
            if (conflicting.Count == 0) return;
            LogConflictRefused(conflicting.Count);
            foreach (var index in conflicting.OrderDescending())
            {
                group[index].Committed.TrySetException(new FixConflictException(
                    "A stored fix has the same vehicle, source and fix time but different values; this request was not stored."));
                group.RemoveAt(index);
            }
        }
    }

    private static PositionReport ReadPosition(NpgsqlDataReader reader) => new(
        reader.GetGuid(0), reader.GetGuid(1), reader.GetGuid(2),
        new DateTimeOffset(reader.GetDateTime(3), TimeSpan.Zero),
        reader.GetDouble(4), reader.GetDouble(5),
        NullableDouble(reader, 6), NullableDouble(reader, 7), NullableDouble(reader, 8), NullableDouble(reader, 9), NullableDouble(reader, 10));

    private static double? NullableDouble(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Group of {Requests} requests ({Positions} positions) holds a resend; written again skipping stored fixes")]
    private partial void LogResendFallback(int requests, int positions);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Requests} requests refused: a fix differs from a stored fix with the same key")]
    private partial void LogConflictRefused(int requests);

    [LoggerMessage(Level = LogLevel.Error, Message = "Group commit of {Requests} requests ({Positions} positions) failed")]
    private partial void LogCommitFailed(Exception exception, int requests, int positions);
}
