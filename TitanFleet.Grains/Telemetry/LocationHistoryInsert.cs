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
    /// <summary>Commits the group and returns nothing, or writes nothing and returns the indexes of the callers in conflict.</summary>
    public static async Task<IReadOnlyList<int>> ExecuteAsync(NpgsqlConnection connection, IReadOnlyList<PendingAppend> group, CancellationToken cancellationToken)
    {
        var count = group.Sum(p => p.Positions.Count);
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
        var owners = new int[count];

        var i = 0;
        for (var owner = 0; owner < group.Count; owner++)
        {
            foreach (var p in group[owner].Positions)
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
                owners[i] = owner;
                i++;
            }
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var insert = connection.CreateCommand(LocationHistoryQueries.Insert, transaction))
        {
            AddKeyAndValues(insert);
            insert.Parameters.Add(new NpgsqlParameter<Guid[]>("company_id", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { TypedValue = companyIds });
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        var conflicting = new List<int>();
        await using (var find = connection.CreateCommand(LocationHistoryQueries.FindConflicts, transaction))
        {
            AddKeyAndValues(find);
            find.Parameters.Add(new NpgsqlParameter<int[]>("owner", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = owners });
            await using var reader = await find.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) conflicting.Add(reader.GetInt32(0));
        }

        if (conflicting.Count == 0) await transaction.CommitAsync(cancellationToken);
        else await transaction.RollbackAsync(cancellationToken);
        return conflicting;

        void AddKeyAndValues(NpgsqlCommand command)
        {
            command.Parameters.Add(new NpgsqlParameter<Guid[]>("vehicle_id", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { TypedValue = vehicleIds });
            command.Parameters.Add(new NpgsqlParameter<DateTime[]>("fix_time", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { TypedValue = fixTimes });
            command.Parameters.Add(new NpgsqlParameter<Guid[]>("source_id", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { TypedValue = sourceIds });
            command.Parameters.Add(new NpgsqlParameter<double[]>("latitude", NpgsqlDbType.Array | NpgsqlDbType.Double) { TypedValue = latitudes });
            command.Parameters.Add(new NpgsqlParameter<double[]>("longitude", NpgsqlDbType.Array | NpgsqlDbType.Double) { TypedValue = longitudes });
            command.Parameters.Add(new NpgsqlParameter<double?[]>("speed_kmh", NpgsqlDbType.Array | NpgsqlDbType.Double) { TypedValue = speeds });
            command.Parameters.Add(new NpgsqlParameter<double?[]>("heading", NpgsqlDbType.Array | NpgsqlDbType.Double) { TypedValue = headings });
            command.Parameters.Add(new NpgsqlParameter<double?[]>("accuracy_m", NpgsqlDbType.Array | NpgsqlDbType.Double) { TypedValue = accuracies });
            command.Parameters.Add(new NpgsqlParameter<double?[]>("altitude_m", NpgsqlDbType.Array | NpgsqlDbType.Double) { TypedValue = altitudes });
            command.Parameters.Add(new NpgsqlParameter<double?[]>("odometer_m", NpgsqlDbType.Array | NpgsqlDbType.Double) { TypedValue = odometers });
        }
    }
}
