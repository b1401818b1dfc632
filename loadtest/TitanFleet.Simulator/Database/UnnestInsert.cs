using Npgsql;
using NpgsqlTypes;
using TitanFleet.Simulator.Fleet;

namespace TitanFleet.Simulator.Database;

/// <summary>
/// The statement TitanFleet.Grains/Telemetry/LocationHistoryInsert.cs sends per group commit
/// (arrays expanded with unnest, ON CONFLICT DO NOTHING), run directly so the database's share of
/// ingestion can be measured without HTTP. Keep it in step with that file.
/// </summary>
public static class UnnestInsert
{
    private const string Sql = """
        INSERT INTO location_history
            (vehicle_id, fix_time, source_id, company_id, latitude, longitude, speed_kmh, heading, accuracy_m, altitude_m, odometer_m)
        SELECT * FROM unnest(@vehicle_id, @fix_time, @source_id, @company_id, @latitude, @longitude, @speed_kmh, @heading, @accuracy_m, @altitude_m, @odometer_m)
        ON CONFLICT DO NOTHING
        """;

    public static async Task ExecuteAsync(NpgsqlConnection connection, HistoryRow[] rows, Guid company, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(Sql, connection);
        Add(command, "vehicle_id", NpgsqlDbType.Uuid, rows.Select(r => DemoIdentities.VehicleId(r.Index)).ToArray());
        Add(command, "fix_time", NpgsqlDbType.TimestampTz, rows.Select(r => r.FixTime.UtcDateTime).ToArray());
        Add(command, "source_id", NpgsqlDbType.Uuid, rows.Select(r => DemoIdentities.DeviceId(r.Index)).ToArray());
        Add(command, "company_id", NpgsqlDbType.Uuid, rows.Select(_ => company).ToArray());
        Add(command, "latitude", NpgsqlDbType.Double, rows.Select(r => 51.5 + r.Ordinal * 1e-4).ToArray());
        Add(command, "longitude", NpgsqlDbType.Double, rows.Select(r => -0.12 - r.Ordinal * 1e-4).ToArray());
        Add(command, "speed_kmh", NpgsqlDbType.Double, rows.Select(_ => (double?)80).ToArray());
        Add(command, "heading", NpgsqlDbType.Double, rows.Select(_ => (double?)90).ToArray());
        Add(command, "accuracy_m", NpgsqlDbType.Double, rows.Select(_ => (double?)5).ToArray());
        Add(command, "altitude_m", NpgsqlDbType.Double, rows.Select(_ => (double?)60).ToArray());
        Add(command, "odometer_m", NpgsqlDbType.Double, rows.Select(r => (double?)(1_000_000.0 + r.Ordinal)).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Add<T>(NpgsqlCommand command, string name, NpgsqlDbType type, T[] values) =>
        command.Parameters.Add(new NpgsqlParameter<T[]>(name, NpgsqlDbType.Array | type) { TypedValue = values });
}
