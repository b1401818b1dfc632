using System.Text.Json;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Events;

/// <summary>
/// The event history (table fleet_events): the silo's <see cref="FleetEventWriter"/> writes each group
/// of published events here in one statement, in the transaction that also writes their notifications
/// and rollup counts, before the dashboards are told; the API lists them. A resent event (same id and
/// time) is stored once.
/// </summary>
public sealed partial class FleetEventHistory(NpgsqlDataSource dataSource, ILogger<FleetEventHistory> logger)
{
    private static readonly IReadOnlyDictionary<string, string> EmptyDetails = new Dictionary<string, string>();

    /// <summary>Writes the events on a connection of its own, creating month partitions an old or future event needs.</summary>
    public async Task WriteAsync(IReadOnlyList<FleetEvent> events)
    {
        if (events.Count == 0) return;
        await using var connection = await dataSource.OpenConnectionAsync();
        try
        {
            await InsertAsync(connection, null, events);
        }
        catch (PostgresException exception) when (MonthlyPartitions.IsMissingPartition(exception))
        {
            await EnsurePartitionsAsync(events);
            await InsertAsync(connection, null, events);
        }
    }

    /// <summary>Creates the fleet_events month partitions the events' times need (after a failed insert named one missing).</summary>
    public async Task EnsurePartitionsAsync(IReadOnlyList<FleetEvent> events)
    {
        var months = await MonthlyPartitions.EnsureAsync(dataSource, "fleet_events", events.Select(e => e.OccurredAt));
        LogPartitionsCreated(months, events[0].CompanyId);
    }

    public async Task<FleetEventPage> ListAsync(Guid companyId, FleetEventListFilter filter, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(FleetEventQueries.List);
        command.Parameters.AddWithValue("company", companyId);
        command.Parameters.Add(new NpgsqlParameter<Guid?>("vehicle", filter.VehicleId));
        command.Parameters.Add(new NpgsqlParameter<Guid?>("driver", filter.DriverId));
        command.Parameters.Add(new NpgsqlParameter("types", NpgsqlDbType.Array | NpgsqlDbType.Text)
        {
            Value = filter.Types is { Count: > 0 } types ? types.ToArray() : DBNull.Value,
        });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset?>("from", filter.From?.ToUniversalTime()) { NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset?>("to", filter.To?.ToUniversalTime()) { NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter<long?>("afterSeq", filter.After?.Seq));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("afterAt", (filter.After?.OccurredAt ?? DateTimeOffset.UnixEpoch).ToUniversalTime()) { NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.AddWithValue("limit", filter.Limit + 1);

        var rows = new List<(FleetEvent Event, long Seq)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken)) rows.Add((Read(reader), reader.GetInt64(10)));
        }
        if (rows.Count <= filter.Limit) return new FleetEventPage([.. rows.Select(row => row.Event)], null);
        rows.RemoveAt(rows.Count - 1);
        return new FleetEventPage([.. rows.Select(row => row.Event)], new FleetEventCursor(rows[^1].Event.OccurredAt, rows[^1].Seq));
    }

    /// <summary>Inserts the events in one statement and returns the ids it stored (an event stored before is not among them).</summary>
    public static async Task<HashSet<Guid>> InsertAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, IReadOnlyList<FleetEvent> events)
    {
        await using var command = connection.CreateCommand(FleetEventQueries.Insert, transaction);
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("id", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { TypedValue = [.. events.Select(e => e.Id)] });
        command.Parameters.Add(new NpgsqlParameter<DateTime[]>("occurred_at", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz)
        {
            TypedValue = [.. events.Select(e => e.OccurredAt.UtcDateTime)],
        });
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("company_id", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { TypedValue = [.. events.Select(e => e.CompanyId)] });
        command.Parameters.Add(new NpgsqlParameter<string[]>("type", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. events.Select(e => e.Type)] });
        command.Parameters.Add(new NpgsqlParameter<string[]>("summary", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. events.Select(e => e.Summary)] });
        command.Parameters.Add(new NpgsqlParameter<Guid?[]>("vehicle_id", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { TypedValue = [.. events.Select(e => e.VehicleId)] });
        command.Parameters.Add(new NpgsqlParameter<string?[]>("registration", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. events.Select(e => e.Registration)] });
        command.Parameters.Add(new NpgsqlParameter<Guid?[]>("driver_id", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { TypedValue = [.. events.Select(e => e.DriverId)] });
        command.Parameters.Add(new NpgsqlParameter<string?[]>("driver_name", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. events.Select(e => e.DriverName)] });
        command.Parameters.Add(new NpgsqlParameter<string[]>("details", NpgsqlDbType.Array | NpgsqlDbType.Text)
        {
            TypedValue = [.. events.Select(e => JsonSerializer.Serialize(e.Details ?? EmptyDetails))],
        });
        var stored = new HashSet<Guid>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) stored.Add(reader.GetGuid(0));
        return stored;
    }

    private static FleetEvent Read(NpgsqlDataReader reader)
    {
        var details = JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(9));
        return new FleetEvent(
            Id: reader.GetGuid(0),
            CompanyId: reader.GetGuid(1),
            Type: reader.GetString(2),
            OccurredAt: reader.GetFieldValue<DateTimeOffset>(3),
            Summary: reader.GetString(4),
            VehicleId: reader.IsDBNull(5) ? null : reader.GetGuid(5),
            Registration: reader.IsDBNull(6) ? null : reader.GetString(6),
            DriverId: reader.IsDBNull(7) ? null : reader.GetGuid(7),
            DriverName: reader.IsDBNull(8) ? null : reader.GetString(8),
            Details: details is { Count: > 0 } ? details : null);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created {Months} fleet_events month partition(s) for events of company {CompanyId} timed outside the kept range")]
    private partial void LogPartitionsCreated(int months, Guid companyId);
}
