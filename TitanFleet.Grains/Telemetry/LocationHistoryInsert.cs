using Npgsql;
using NpgsqlTypes;

namespace TitanFleet.Grains.Telemetry;

/// <summary>
/// Writes many callers' positions in one statement: columns are sent as arrays and expanded with
/// unnest, which lets ON CONFLICT drop exact resends (binary COPY cannot skip conflicts).
/// </summary>
internal static class LocationHistoryInsert
{
    private const string Sql = """
        INSERT INTO location_history
            (vehicle_id, fix_time, source_id, company_id, latitude, longitude,
             speed_kmh, heading, accuracy_m, altitude_m, odometer_m)
        SELECT * FROM unnest(
            @vehicle_id, @fix_time, @source_id, @company_id, @latitude, @longitude,
            @speed_kmh, @heading, @accuracy_m, @altitude_m, @odometer_m)
        ON CONFLICT DO NOTHING
        """;

    public static async Task ExecuteAsync(NpgsqlConnection connection, IReadOnlyList<PendingAppend> group, int count, CancellationToken cancellationToken)
    {
        var vehicleIds = new Guid[count];
        var fixTimes = new DateTime[count];
        var sourceIds = new Guid[count];
        var companyIds = new Guid[count];
        var latitudes = new double[count];
        var longitudes = new double[count];
        var speeds = new double?[count];
        var headings = new double?[count];
        var accuracies = new double?[count];
        var altitudes = new double?[count];
        var odometers = new double?[count];

        var i = 0;
        foreach (var pending in group)
        {
            foreach (var p in pending.Positions)
            {
                vehicleIds[i] = p.VehicleId;
                fixTimes[i] = p.FixTime.UtcDateTime;
                sourceIds[i] = p.SourceId;
                companyIds[i] = p.CompanyId;
                latitudes[i] = p.Latitude;
                longitudes[i] = p.Longitude;
                speeds[i] = p.SpeedKmh;
                headings[i] = p.Heading;
                accuracies[i] = p.AccuracyMetres;
                altitudes[i] = p.AltitudeMetres;
                odometers[i] = p.OdometerMetres;
                i++;
            }
        }

        await using var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("vehicle_id", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { TypedValue = vehicleIds });
        command.Parameters.Add(new NpgsqlParameter<DateTime[]>("fix_time", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { TypedValue = fixTimes });
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("source_id", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { TypedValue = sourceIds });
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("company_id", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { TypedValue = companyIds });
        command.Parameters.Add(new NpgsqlParameter<double[]>("latitude", NpgsqlDbType.Array | NpgsqlDbType.Double) { TypedValue = latitudes });
        command.Parameters.Add(new NpgsqlParameter<double[]>("longitude", NpgsqlDbType.Array | NpgsqlDbType.Double) { TypedValue = longitudes });
        command.Parameters.Add(new NpgsqlParameter<double?[]>("speed_kmh", NpgsqlDbType.Array | NpgsqlDbType.Double) { TypedValue = speeds });
        command.Parameters.Add(new NpgsqlParameter<double?[]>("heading", NpgsqlDbType.Array | NpgsqlDbType.Double) { TypedValue = headings });
        command.Parameters.Add(new NpgsqlParameter<double?[]>("accuracy_m", NpgsqlDbType.Array | NpgsqlDbType.Double) { TypedValue = accuracies });
        command.Parameters.Add(new NpgsqlParameter<double?[]>("altitude_m", NpgsqlDbType.Array | NpgsqlDbType.Double) { TypedValue = altitudes });
        command.Parameters.Add(new NpgsqlParameter<double?[]>("odometer_m", NpgsqlDbType.Array | NpgsqlDbType.Double) { TypedValue = odometers });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
