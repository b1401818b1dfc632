using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Api.Audit;

/// <summary>Reads a company's audit log (writes happen only through AuditedTransaction, with the change they record).</summary>
public sealed class PostgresAuditLogReader(NpgsqlDataSource dataSource)
{
    public async Task<(IReadOnlyList<AuditLogEntryResponse> Items, AuditLogCursor? Next)> ListAsync(
        Guid companyId, AuditLogQuery query, AuditLogCursor? after, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(AuditLogQueries.List);
        command.Parameters.AddWithValue("company", companyId);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset?>("from", query.From?.ToUniversalTime()) { NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset?>("to", query.To?.ToUniversalTime()) { NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter<Guid?>("user", query.UserId));
        command.Parameters.Add(new NpgsqlParameter("action", NpgsqlDbType.Text) { Value = (object?)query.Action ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("entityType", NpgsqlDbType.Text) { Value = (object?)query.EntityType ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter<Guid?>("entityId", query.EntityId));
        command.Parameters.Add(new NpgsqlParameter<long?>("before", after?.BeforeId));
        command.Parameters.AddWithValue("limit", limit + 1);

        var items = new List<AuditLogEntryResponse>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(new AuditLogEntryResponse(
                Id: reader.GetInt64(0),
                UserId: reader.IsDBNull(1) ? null : reader.GetGuid(1),
                Action: reader.GetString(2),
                EntityType: reader.GetString(3),
                EntityId: reader.GetGuid(4),
                Changes: JsonDocument.Parse(reader.GetString(5)).RootElement.Clone(),
                OccurredAt: reader.GetFieldValue<DateTimeOffset>(6),
                RequestId: reader.IsDBNull(7) ? null : reader.GetString(7),
                ClientAddress: reader.IsDBNull(8) ? null : reader.GetString(8)));
        }
        if (items.Count <= limit) return (items, null);
        items.RemoveAt(items.Count - 1);
        return (items, new AuditLogCursor(items[^1].Id));
    }
}
