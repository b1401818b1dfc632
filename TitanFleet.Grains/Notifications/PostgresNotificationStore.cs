using Npgsql;
using NpgsqlTypes;
using TitanFleet.Grains.Events;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Notifications;

/// <summary>
/// Reads and writes notifications (sql/0105). Every read and mark is scoped to one user of one company,
/// so another person's notification is indistinguishable from a missing one. Marking read is the
/// person's own inbox state, not a change to a fleet record, so it is not audited.
/// </summary>
public sealed class PostgresNotificationStore(NpgsqlDataSource dataSource)
{
    /// <summary>
    /// One row per (event, recipient) in one statement, in the caller's transaction; an (event, user)
    /// pair already stored is skipped. Returns the rows written, as stored. Partitioned by the event's
    /// time (sql/0157), which a resent event keeps, so the conflict key still says "this person, this event".
    /// </summary>
    public static async Task<IReadOnlyList<Notification>> InsertAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<(FleetEvent Event, Guid UserId)> deliveries, CancellationToken cancellationToken)
    {
        if (deliveries.Count == 0) return [];
        await using var command = connection.CreateCommand(NotificationQueries.Insert, transaction);
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("ids", [.. deliveries.Select(_ => Guid.NewGuid())]));
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("companies", [.. deliveries.Select(d => d.Event.CompanyId)]));
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("users", [.. deliveries.Select(d => d.UserId)]));
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("events", [.. deliveries.Select(d => d.Event.Id)]));
        command.Parameters.Add(new NpgsqlParameter<DateTime[]>("eventTimes", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz)
        {
            TypedValue = [.. deliveries.Select(d => d.Event.OccurredAt.UtcDateTime)],
        });
        command.Parameters.Add(new NpgsqlParameter<string[]>("types", [.. deliveries.Select(d => d.Event.Type)]));
        command.Parameters.Add(new NpgsqlParameter<string[]>("summaries", [.. deliveries.Select(d => Text(d.Event.Summary))]));
        command.Parameters.Add(new NpgsqlParameter<Guid?[]>("vehicles", [.. deliveries.Select(d => d.Event.VehicleId)]));
        command.Parameters.Add(new NpgsqlParameter<Guid?[]>("drivers", [.. deliveries.Select(d => d.Event.DriverId)]));
        return await ReadAllAsync(command, cancellationToken);
    }

    /// <summary>Creates the notifications month partitions the events' times need (after a failed insert named one missing).</summary>
    public Task EnsurePartitionsAsync(IEnumerable<FleetEvent> events, CancellationToken cancellationToken) =>
        MonthlyPartitions.EnsureAsync(dataSource, "notifications", events.Select(e => e.OccurredAt), cancellationToken);

    /// <summary>A page of the user's notifications, newest first, and the cursor of the next page (null on the last).</summary>
    public async Task<(IReadOnlyList<Notification> Items, NotificationCursor? Next)> ListAsync(
        Guid companyId, Guid userId, bool unreadOnly, NotificationCursor? after, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand((unreadOnly, after is null) switch
        {
            (false, true) => NotificationQueries.ListFirst,
            (false, false) => NotificationQueries.ListAfter,
            (true, true) => NotificationQueries.ListUnreadFirst,
            (true, false) => NotificationQueries.ListUnreadAfter,
        });
        command.Parameters.AddWithValue("user", userId);
        command.Parameters.AddWithValue("company", companyId);
        command.Parameters.AddWithValue("take", limit + 1);
        if (after is not null)
        {
            command.Parameters.AddWithValue("beforeCreatedAt", after.BeforeCreatedAt);
            command.Parameters.AddWithValue("beforeId", after.BeforeId);
        }
        var rows = await ReadAllAsync(command, cancellationToken);
        if (rows.Count <= limit) return (rows, null);
        var page = rows.Take(limit).ToList();
        return (page, new NotificationCursor(page[^1].CreatedAt, page[^1].Id));
    }

    public async Task<int> CountUnreadAsync(Guid companyId, Guid userId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(NotificationQueries.CountUnread);
        command.Parameters.AddWithValue("user", userId);
        command.Parameters.AddWithValue("company", companyId);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Marks one of the user's notifications read (keeping the first read time); null when the user has none by that id.</summary>
    public async Task<Notification?> MarkReadAsync(Guid companyId, Guid userId, Guid notificationId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(NotificationQueries.MarkRead);
        command.Parameters.AddWithValue("id", notificationId);
        command.Parameters.AddWithValue("user", userId);
        command.Parameters.AddWithValue("company", companyId);
        var rows = await ReadAllAsync(command, cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>Marks every unread notification of the user read; returns how many were.</summary>
    public async Task<int> MarkAllReadAsync(Guid companyId, Guid userId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(NotificationQueries.MarkAllRead);
        command.Parameters.AddWithValue("user", userId);
        command.Parameters.AddWithValue("company", companyId);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>PostgreSQL refuses a NUL in text; a summary is built from stored text, so this only guards against the unexpected.</summary>
    private static string Text(string value) => value.Replace("\0", "", StringComparison.Ordinal);

    private static async Task<List<Notification>> ReadAllAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<Notification>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new Notification(
                Id: reader.GetGuid(0), CompanyId: reader.GetGuid(1), UserId: reader.GetGuid(2), EventId: reader.GetGuid(3),
                EventType: reader.GetString(4), Summary: reader.GetString(5),
                VehicleId: reader.IsDBNull(6) ? null : reader.GetGuid(6), DriverId: reader.IsDBNull(7) ? null : reader.GetGuid(7),
                CreatedAt: reader.GetFieldValue<DateTimeOffset>(8), ReadAt: reader.IsDBNull(9) ? null : reader.GetFieldValue<DateTimeOffset>(9)));
        }
        return rows;
    }
}
