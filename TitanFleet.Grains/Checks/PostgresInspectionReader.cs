using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace TitanFleet.Grains.Checks;

/// <summary>Reads stored checks, always scoped to a company (another company's check reads like a missing one).</summary>
public sealed class PostgresInspectionReader(NpgsqlDataSource dataSource)
{
    private const string Select = """
        SELECT i.id, i.company_id, i.vehicle_id, v.registration, i.vehicle_type, i.driver_id, u.display_name,
               i.odometer_km, i.fuel_level_percent, i.submitted_at, i.nil_defect, i.results,
               (SELECT coalesce(jsonb_agg(jsonb_build_object('id', d.id, 'itemCode', d.item_code, 'severity', d.severity)), '[]'::jsonb)
                FROM defects d WHERE d.inspection_id = i.id)
        FROM inspections i
        JOIN vehicles v ON v.id = i.vehicle_id
        JOIN users u ON u.id = i.driver_id
        """;

    /// <summary>One check; with <paramref name="onlyDriverId"/> (a driver asking) only that driver's own.</summary>
    public async Task<InspectionRecord?> FindAsync(Guid companyId, Guid inspectionId, Guid? onlyDriverId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            {Select}
            WHERE i.id = @id AND i.company_id = @company AND (@onlyDriver::uuid IS NULL OR i.driver_id = @onlyDriver)
            """);
        command.Parameters.AddWithValue("id", inspectionId);
        command.Parameters.AddWithValue("company", companyId);
        command.Parameters.Add(new NpgsqlParameter<Guid?>("onlyDriver", onlyDriverId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    public async Task<InspectionPageResult> ListAsync(Guid companyId, InspectionListFilter filter, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            {Select}
            WHERE i.company_id = @company
              AND (@onlyDriver::uuid IS NULL OR i.driver_id = @onlyDriver)
              AND (@driver::uuid IS NULL OR i.driver_id = @driver)
              AND (@vehicle::uuid IS NULL OR i.vehicle_id = @vehicle)
              AND (@from::timestamptz IS NULL OR i.submitted_at >= @from)
              AND (@to::timestamptz IS NULL OR i.submitted_at < @to)
              AND (@hasDefects::boolean IS NULL OR i.nil_defect <> @hasDefects)
              AND (@afterId::uuid IS NULL OR (i.submitted_at, i.id) < (@afterAt, @afterId))
            ORDER BY i.submitted_at DESC, i.id DESC
            LIMIT @limit
            """);
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
