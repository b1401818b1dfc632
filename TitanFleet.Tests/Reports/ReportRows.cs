using Npgsql;
using TitanFleet.Grains.Reports;

namespace TitanFleet.Tests.Reports;

/// <summary>
/// Rows the reports read, written straight to the tables: the rollups (their writer is another feature's),
/// and checks, shifts, reminders and status stretches on chosen past days that no API call could date.
/// </summary>
public sealed class ReportRows(string connectionString, Guid companyId)
{
    public static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, London).DateTime);

    /// <summary>A moment of a company-local day (the test companies keep Europe/London).</summary>
    public static DateTimeOffset At(DateOnly day, int hour, int minute = 0)
    {
        var local = day.ToDateTime(new TimeOnly(hour, minute));
        return new DateTimeOffset(local, London.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>Backdates the company's vehicles, so past days of a report include them.</summary>
    public Task VehiclesCreatedAsync(DateOnly day) =>
        ExecuteAsync("UPDATE vehicles SET created_at = @at WHERE company_id = @company", ("at", At(day, 0)));

    /// <summary>
    /// One vehicle's creation and, optionally, retirement moments. Retiring changes the status too (the schema ties
    /// deleted_at to it), and its trigger records a retired stretch from now: after any past day a test reports on.
    /// </summary>
    public Task VehicleLifetimeAsync(Guid vehicleId, DateTimeOffset createdAt, DateTimeOffset? deletedAt = null) =>
        ExecuteAsync("""
            UPDATE vehicles SET created_at = @at, deleted_at = @deleted, status = CASE WHEN @retired THEN 'retired' ELSE status END
            WHERE company_id = @company AND id = @vehicle
            """, ("vehicle", vehicleId), ("at", createdAt), ("deleted", (object?)deletedAt ?? DBNull.Value), ("retired", deletedAt is not null));

    public Task VehicleDayAsync(Guid vehicleId, DateOnly day, double distanceM, int movingSeconds, int idleSeconds, DateTimeOffset? firstFixAt = null) =>
        ExecuteAsync("""
            INSERT INTO vehicle_daily_rollups (company_id, vehicle_id, day, fix_count, distance_m, moving_seconds, idle_seconds, first_fix_at, last_fix_at)
            VALUES (@company, @vehicle, @day, 100, @distance, @moving, @idle, @first, @first)
            """, ("vehicle", vehicleId), ("day", day), ("distance", distanceM), ("moving", movingSeconds), ("idle", idleSeconds),
            ("first", (object?)firstFixAt ?? DBNull.Value));

    public Task DriverDayAsync(Guid driverId, DateOnly day, int distanceKm, int drivingSeconds, int overspeeds, int breaches) =>
        ExecuteAsync("""
            INSERT INTO driver_daily_rollups (company_id, driver_id, day, shift_count, distance_km, driving_seconds, other_work_seconds, overspeed_count, hours_breaches)
            VALUES (@company, @driver, @day, 1, @distance, @driving, 1800, @overspeeds, @breaches)
            """, ("driver", driverId), ("day", day), ("distance", distanceKm), ("driving", drivingSeconds), ("overspeeds", overspeeds), ("breaches", breaches));

    /// <summary>A vehicle day's other figures, on a day <see cref="VehicleDayAsync"/> wrote.</summary>
    public Task VehicleDayFiguresAsync(Guid vehicleId, DateOnly day, double maxSpeedKmh, int overspeeds, int geofenceVisits, PositionFix first, PositionFix last) =>
        ExecuteAsync("""
            UPDATE vehicle_daily_rollups
            SET max_speed_kmh = @speed, overspeed_count = @overspeeds, geofence_visits = @visits,
                first_fix_at = @firstAt, first_latitude = @firstLatitude, first_longitude = @firstLongitude,
                last_fix_at = @lastAt, last_latitude = @lastLatitude, last_longitude = @lastLongitude
            WHERE company_id = @company AND vehicle_id = @vehicle AND day = @day
            """, [("vehicle", vehicleId), ("day", day), ("speed", maxSpeedKmh), ("overspeeds", overspeeds), ("visits", geofenceVisits), .. FixParameters(first, last)]);

    /// <summary>
    /// A driver day's geofence visits and GPS figures (the position columns of sql/0245, which the rollups fill from
    /// history), on a day <see cref="DriverDayAsync"/> wrote.
    /// </summary>
    public Task DriverDayPositionsAsync(
        Guid driverId, DateOnly day, int geofenceVisits, double distanceM, int movingSeconds, int idleSeconds, double maxSpeedKmh, PositionFix first, PositionFix last) =>
        ExecuteAsync("""
            UPDATE driver_daily_rollups
            SET geofence_visits = @visits, fix_count = 100, distance_m = @distance, moving_seconds = @moving, idle_seconds = @idle, max_speed_kmh = @speed,
                first_fix_at = @firstAt, first_latitude = @firstLatitude, first_longitude = @firstLongitude,
                last_fix_at = @lastAt, last_latitude = @lastLatitude, last_longitude = @lastLongitude
            WHERE company_id = @company AND driver_id = @driver AND day = @day
            """, [("driver", driverId), ("day", day), ("visits", geofenceVisits), ("distance", distanceM), ("moving", movingSeconds), ("idle", idleSeconds),
            ("speed", maxSpeedKmh), .. FixParameters(first, last)]);

    public Task CheckAsync(Guid vehicleId, Guid driverId, DateTimeOffset submittedAt, int failedItems = 0) =>
        ExecuteAsync("""
            INSERT INTO inspections (id, company_id, vehicle_id, driver_id, vehicle_type, odometer_km, fuel_level_percent, results, failed_items, nil_defect, submitted_at)
            VALUES (gen_random_uuid(), @company, @vehicle, @driver, 'hgv', 1000, 80, '[]', @failed, @failed = 0, @at)
            """, ("vehicle", vehicleId), ("driver", driverId), ("failed", failedItems), ("at", submittedAt));

    public Task ShiftAsync(Guid driverId, Guid vehicleId, DateTimeOffset startedAt) =>
        ExecuteAsync("""
            INSERT INTO timesheets (id, company_id, driver_id, vehicle_id, started_at, ended_at, start_odometer_km, end_odometer_km,
                                    driving_seconds, other_work_seconds, break_seconds, ended_by)
            VALUES (gen_random_uuid(), @company, @driver, @vehicle, @at, @at + interval '8 hours', 1000, 1200, 21600, 3600, 2700, 'driver')
            """, ("driver", driverId), ("vehicle", vehicleId), ("at", startedAt));

    public Task StatusAsync(Guid vehicleId, string status, DateTimeOffset from, DateTimeOffset to) =>
        ExecuteAsync("""
            INSERT INTO vehicle_status_history (company_id, vehicle_id, status, valid_from, valid_to) VALUES (@company, @vehicle, @status, @from, @to)
            """, ("vehicle", vehicleId), ("status", status), ("from", from), ("to", to));

    public Task ReminderAsync(Guid vehicleId, string type, DateOnly dueDate) =>
        ExecuteAsync("""
            INSERT INTO reminders (id, company_id, vehicle_id, reminder_type, title, due_date) VALUES (gen_random_uuid(), @company, @vehicle, @type, @type, @due)
            """, ("vehicle", vehicleId), ("type", type), ("due", dueDate));

    public Task MileageReminderAsync(Guid vehicleId, string type, int dueKm) =>
        ExecuteAsync("""
            INSERT INTO reminders (id, company_id, vehicle_id, reminder_type, title, due_mileage_km) VALUES (gen_random_uuid(), @company, @vehicle, @type, @type, @km)
            """, ("vehicle", vehicleId), ("type", type), ("km", dueKm));

    public Task DepotAsync(Guid vehicleId, string depot) =>
        ExecuteAsync("UPDATE vehicles SET depot = @depot WHERE id = @vehicle AND company_id = @company", ("vehicle", vehicleId), ("depot", depot));

    public Task MileageAsync(Guid vehicleId, int km) =>
        ExecuteAsync("UPDATE vehicles SET mileage_km = @km WHERE id = @vehicle AND company_id = @company", ("vehicle", vehicleId), ("km", km));

    public async Task<Guid> UserIdAsync(string email)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT id FROM users WHERE email = @email", connection);
        command.Parameters.AddWithValue("email", email);
        return (Guid)(await command.ExecuteScalarAsync())!;
    }

    private static (string Name, object Value)[] FixParameters(PositionFix first, PositionFix last) =>
    [
        ("firstAt", first.At), ("firstLatitude", first.Latitude), ("firstLongitude", first.Longitude),
        ("lastAt", last.At), ("lastLatitude", last.Latitude), ("lastLongitude", last.Longitude),
    ];

    private async Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("company", companyId);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        await command.ExecuteNonQueryAsync();
    }
}
