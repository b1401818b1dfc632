using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Checks;

/// <summary>Reads stored checks, always scoped to a company (another company's check reads like a missing one).</summary>
public sealed class PostgresInspectionReader(NpgsqlDataSource dataSource)
{
    /// <summary>One check; with <paramref name="onlyDriverId"/> (a driver asking) only that driver's own.</summary>
    public async Task<InspectionRecord?> FindAsync(Guid companyId, Guid inspectionId, Guid? onlyDriverId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(InspectionQueries.Find);
        command.Parameters.AddWithValue("id", inspectionId);
        command.Parameters.AddWithValue("company", companyId);
        command.Parameters.Add(new NpgsqlParameter<Guid?>("onlyDriver", onlyDriverId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    public async Task<InspectionPageResult> ListAsync(Guid companyId, InspectionListFilter filter, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(InspectionQueries.List);
        command.Parameters.AddWithValue("company", companyId);
        command.Parameters.Add(new NpgsqlParameter<Guid?>("onlyDriver", filter.OnlyDriverId));
        command.Parameters.Add(new NpgsqlParameter<Guid?>("driver", filter.DriverId));
        command.Parameters.Add(new NpgsqlParameter<Guid?>("vehicle", filter.VehicleId));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset?>("from", filter.From?.ToUniversalTime()) { NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset?>("to", filter.To?.ToUniversalTime()) { NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter<bool?>("hasDefects", filter.HasDefects));
        command.Parameters.Add(new NpgsqlParameter<Guid?>("afterId", filter.After?.Id));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("afterAt", (filter.After?.SubmittedAt ?? DateTimeOffset.UnixEpoch).ToUniversalTime()) { NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.AddWithValue("limit", filter.Limit + 1);

        var rows = new List<InspectionRecord>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken)) rows.Add(Read(reader));
        }
        if (rows.Count <= filter.Limit) return new InspectionPageResult(rows, null);
        rows.RemoveAt(rows.Count - 1);
        return new InspectionPageResult(rows, new InspectionCursor(rows[^1].SubmittedAt, rows[^1].Id));
    }

    private static InspectionRecord Read(NpgsqlDataReader reader)
    {
        var results = JsonSerializer.Deserialize<List<InspectionResult>>(reader.GetString(11), JsonSerializerOptions.Web)!;
        var order = results.Select((result, index) => (result.ItemCode, index)).ToDictionary(pair => pair.ItemCode, pair => pair.index, StringComparer.Ordinal);
        var defects = JsonSerializer.Deserialize<List<InspectionDefect>>(reader.GetString(12), JsonSerializerOptions.Web)!
            .OrderBy(defect => order.GetValueOrDefault(defect.ItemCode, int.MaxValue))
            .ToList();
        return new InspectionRecord(
            Id: reader.GetGuid(0), CompanyId: reader.GetGuid(1), VehicleId: reader.GetGuid(2), Registration: reader.GetString(3),
            VehicleType: reader.GetString(4), DriverId: reader.GetGuid(5), DriverName: reader.GetString(6),
            OdometerKm: reader.GetInt32(7), FuelLevelPercent: reader.GetInt32(8), SubmittedAt: reader.GetFieldValue<DateTimeOffset>(9),
            NilDefect: reader.GetBoolean(10), Results: results, Defects: defects);
    }
}
