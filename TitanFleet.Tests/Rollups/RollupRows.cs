using Npgsql;

namespace TitanFleet.Tests.Rollups;

public sealed record VehicleRollupRow(
    DateOnly Day, int FixCount, double DistanceMetres, int MovingSeconds, int IdleSeconds, double? MaxSpeedKmh,
    int Overspeeds, int GeofenceVisits, DateTimeOffset? FirstFixAt, double? FirstLatitude, DateTimeOffset? LastFixAt, double? LastLatitude);

public sealed record DriverRollupRow(DateOnly Day, int Shifts, int DistanceKm, int DrivingSeconds, int OtherWorkSeconds, int Overspeeds, int HoursBreaches, int GeofenceVisits = 0);

/// <summary>Reads the rollup tables as the reports will.</summary>
public static class RollupRows
{
    public static async Task<List<VehicleRollupRow>> VehicleAsync(NpgsqlDataSource dataSource, Guid company, Guid vehicle)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT day, fix_count, distance_m, moving_seconds, idle_seconds, max_speed_kmh, overspeed_count, geofence_visits,
                   first_fix_at, first_latitude, last_fix_at, last_latitude
            FROM vehicle_daily_rollups WHERE company_id = @company AND vehicle_id = @vehicle ORDER BY day
            """);
        command.Parameters.AddWithValue("company", company);
        command.Parameters.AddWithValue("vehicle", vehicle);
        return await ReadPositionRowsAsync(command);
    }

    public static async Task<List<DriverRollupRow>> DriverAsync(NpgsqlDataSource dataSource, Guid company, Guid driver)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT day, shift_count, distance_km, driving_seconds, other_work_seconds, overspeed_count, hours_breaches, geofence_visits
            FROM driver_daily_rollups WHERE company_id = @company AND driver_id = @driver ORDER BY day
            """);
        command.Parameters.AddWithValue("company", company);
        command.Parameters.AddWithValue("driver", driver);
        var rows = new List<DriverRollupRow>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new DriverRollupRow(reader.GetFieldValue<DateOnly>(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3),
                reader.GetInt32(4), reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7)));
        }
        return rows;
    }

    public static async Task<List<VehicleRollupRow>> DriverPositionsAsync(NpgsqlDataSource dataSource, Guid company, Guid driver)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT day, fix_count, distance_m, moving_seconds, idle_seconds, max_speed_kmh, 0, 0, first_fix_at, first_latitude, last_fix_at, last_latitude
            FROM driver_daily_rollups WHERE company_id = @company AND driver_id = @driver ORDER BY day
            """);
        command.Parameters.AddWithValue("company", company);
        command.Parameters.AddWithValue("driver", driver);
        return await ReadPositionRowsAsync(command);
    }

    /// <summary>Rows of (day, fix count, distance, moving, idle, max speed, overspeeds, visits, first at/lat, last at/lat).</summary>
    private static async Task<List<VehicleRollupRow>> ReadPositionRowsAsync(NpgsqlCommand command)
    {
        var rows = new List<VehicleRollupRow>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new VehicleRollupRow(
                reader.GetFieldValue<DateOnly>(0), reader.GetInt32(1), reader.GetDouble(2), reader.GetInt32(3), reader.GetInt32(4),
                reader.IsDBNull(5) ? null : reader.GetDouble(5), reader.GetInt32(6), reader.GetInt32(7),
                reader.IsDBNull(8) ? null : reader.GetFieldValue<DateTimeOffset>(8), reader.IsDBNull(9) ? null : reader.GetDouble(9),
                reader.IsDBNull(10) ? null : reader.GetFieldValue<DateTimeOffset>(10), reader.IsDBNull(11) ? null : reader.GetDouble(11)));
        }
        return rows;
    }

    /// <summary>Rows equal up to floating-point summation order (a day's distance is added in groups incrementally, in one pass by a recompute).</summary>
    public static void AssertSame(IReadOnlyList<VehicleRollupRow> expected, IReadOnlyList<VehicleRollupRow> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].DistanceMetres, actual[i].DistanceMetres, 6);
            Assert.Equal(expected[i] with { DistanceMetres = 0 }, actual[i] with { DistanceMetres = 0 });
        }
    }
}
