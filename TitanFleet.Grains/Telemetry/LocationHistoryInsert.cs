using Npgsql;
using NpgsqlTypes;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Telemetry;

/// <summary>
/// Writes many callers' positions in one statement: columns are sent as arrays and expanded with
/// unnest, which lets ON CONFLICT drop exact resends (binary COPY cannot skip conflicts). A skipped
/// fix that is not an exact copy of the stored one is a conflict: the transaction is rolled back and
/// the callers owning such fixes are returned, for the group to be written again without them.
/// </summary>
internal static class LocationHistoryInsert
{
    /// <summary>
    /// Commits the group and returns nothing, or writes nothing and returns the indexes of the callers
    /// in conflict. <paramref name="beforeCommit"/> runs in the transaction with the fixes actually
    /// inserted (an exact resend is skipped), so what it derives counts each fix once.
    /// </summary>
    public static async Task<IReadOnlyList<int>> ExecuteAsync(
        NpgsqlConnection connection,
        IReadOnlyList<PendingAppend> group,
        Func<NpgsqlConnection, NpgsqlTransaction, IEnumerable<PositionReport>, CancellationToken, Task>? beforeCommit,
        CancellationToken cancellationToken)
    {
        var columns = new LocationHistoryColumns(group);

        // Keyed by whole microseconds: PostgreSQL stores fix times at that precision (Npgsql truncates the ticks).
        var inserted = new HashSet<(Guid Vehicle, long Microseconds, Guid Source)>();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var insert = connection.CreateCommand(LocationHistoryQueries.Insert, transaction))
        {
            columns.AddRow(insert.Parameters);
            await using var reader = await insert.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                inserted.Add((reader.GetGuid(0), reader.GetDateTime(1).Ticks / 10, reader.GetGuid(2)));
        }

        var conflicting = new List<int>();
        await using (var find = connection.CreateCommand(LocationHistoryQueries.FindConflicts, transaction))
        {
            columns.AddKeyAndValues(find.Parameters);
            find.Parameters.Add(new NpgsqlParameter<int[]>("owner", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = columns.Owners });
            await using var reader = await find.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) conflicting.Add(reader.GetInt32(0));
        }

        if (conflicting.Count == 0)
        {
            if (beforeCommit is not null)
            {
                var stored = group.SelectMany(p => p.Positions).Where(p => inserted.Remove((p.VehicleId, p.FixTime.UtcTicks / 10, p.SourceId)));
                await beforeCommit(connection, transaction, [.. stored], cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }
        else
        {
            await transaction.RollbackAsync(cancellationToken);
        }
        return conflicting;
    }

    /// <summary>
    /// The whole group as one plain INSERT for a batch: like COPY it stores every fix or fails whole with a
    /// unique violation on a resend (<see cref="LocationHistoryCopy.UniqueViolation"/>), but it needs no round
    /// trip of its own, so a small group's history and rollup statements travel together.
    /// </summary>
    public static NpgsqlBatchCommand GroupCommand(IReadOnlyList<PendingAppend> group)
    {
        var command = LocationHistoryQueries.InsertGroup.CreateBatchCommand();
        new LocationHistoryColumns(group).AddRow(command.Parameters);
        return command;
    }
}
