using Microsoft.AspNetCore.Identity;
using Npgsql;
using NpgsqlTypes;
using TitanFleet.Api.Auth;
using TitanFleet.Api.Devices;
using TitanFleet.Grains.Geofences;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Silo.Demo;

/// <summary>Creates the demo company once (users of every role, vehicles, devices, geofences and reminders) and prints how to sign in.</summary>
public static partial class DemoSeeder
{
    /// <summary>The default demo fleet's size: every one of its devices is printed; a load-test fleet of thousands is not.</summary>
    private const int PrintedDevices = 25;

    public static async Task SeedAsync(NpgsqlDataSource dataSource, DemoOptions options, ILogger logger, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        await ExecuteAsync(connection, "INSERT INTO companies (id, name) VALUES (@id, @name) ON CONFLICT (id) DO NOTHING",
            cancellationToken, ("id", DemoFleet.CompanyId), ("name", DemoFleet.CompanyName));

        var hasher = new PasswordHasher<UserAccount>();
        (string Email, string Role, string Name)[] users =
            [.. DemoFleet.Users.Select(u => (DemoFleet.Email(u.Role), u.Role, u.Name)), .. DemoFleet.PlanUsers.Select(u => (DemoFleet.PlanEmail(u.Role), u.Role, u.Name))];
        for (var i = 0; i < users.Length; i++)
        {
            var (email, role, name) = users[i];
            var account = new UserAccount(DemoFleet.UserId(i), DemoFleet.CompanyId, DemoFleet.CompanyName, email, name, role, "");
            await ExecuteAsync(connection, """
                INSERT INTO users (id, company_id, email, display_name, role, password_hash)
                VALUES (@id, @company, @email, @name, @role, @hash) ON CONFLICT (id) DO NOTHING
                """, cancellationToken,
                ("id", account.Id), ("company", DemoFleet.CompanyId), ("email", account.Email), ("name", name), ("role", role),
                ("hash", hasher.HashPassword(account, DemoFleet.Password)));
        }

        if (options.Drivers > 0)
        {
            // One hash for all: the same password, and hashing thousands of them would take minutes.
            var drivers = Enumerable.Range(1, options.Drivers).ToArray();
            var hash = hasher.HashPassword(new UserAccount(DemoFleet.ShiftDriverId(1), DemoFleet.CompanyId, DemoFleet.CompanyName, DemoFleet.ShiftDriverEmail(1), "", "driver", ""), DemoFleet.Password);
            await ExecuteAsync(connection, """
                INSERT INTO users (id, company_id, email, display_name, role, password_hash)
                SELECT u.id, @company, u.email, u.name, 'driver', @hash FROM unnest(@ids, @emails, @names) AS u(id, email, name)
                ON CONFLICT (id) DO NOTHING
                """, cancellationToken,
                ("company", DemoFleet.CompanyId), ("hash", hash), ("ids", drivers.Select(DemoFleet.ShiftDriverId).ToArray()),
                ("emails", drivers.Select(DemoFleet.ShiftDriverEmail).ToArray()), ("names", drivers.Select(i => $"Shift Driver {i}").ToArray()));
        }

        // One statement per table (arrays expanded with unnest): 10,000 vehicles seed in about a second, not row by row.
        var indexes = Enumerable.Range(1, Math.Max(0, options.Vehicles)).ToArray();
        await ExecuteAsync(connection, """
            INSERT INTO vehicles (id, company_id, registration, vehicle_type)
            SELECT v.id, @company, v.registration, v.type FROM unnest(@ids, @registrations, @types) AS v(id, registration, type)
            ON CONFLICT (id) DO NOTHING
            """, cancellationToken,
            ("company", DemoFleet.CompanyId), ("ids", indexes.Select(DemoFleet.VehicleId).ToArray()),
            ("registrations", indexes.Select(DemoFleet.Registration).ToArray()), ("types", indexes.Select(DemoFleet.VehicleType).ToArray()));
        await ExecuteAsync(connection, """
            INSERT INTO devices (id, company_id, vehicle_id, unique_id, token_sha256, name)
            SELECT d.id, @company, d.vehicle, d.unique_id, d.hash, d.name FROM unnest(@ids, @vehicles, @uniques, @hashes, @names) AS d(id, vehicle, unique_id, hash, name)
            ON CONFLICT (id) DO NOTHING
            """, cancellationToken,
            ("company", DemoFleet.CompanyId), ("ids", indexes.Select(DemoFleet.DeviceId).ToArray()), ("vehicles", indexes.Select(DemoFleet.VehicleId).ToArray()),
            ("uniques", indexes.Select(DemoFleet.DeviceUniqueId).ToArray()), ("hashes", indexes.Select(i => DeviceToken.Hash(DemoFleet.DeviceSecret(i))).ToArray()),
            ("names", indexes.Select(i => $"Phone {i}").ToArray()));
        // A demo geofence the user deleted or changed stays as they left it: rows are only ever added.
        foreach (var (id, details) in DemoGeofences.All) await InsertGeofenceAsync(connection, id, details, cancellationToken);
        await InsertRemindersAsync(connection, indexes.Take(DemoReminders.MaxVehicles), cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        LogLogins(logger, DemoFleet.CompanyName, string.Join(", ", DemoFleet.Users.Select(u => DemoFleet.Email(u.Role))), DemoFleet.Password);
        foreach (var i in indexes.Take(PrintedDevices))
            LogDevice(logger, i, DemoFleet.Registration(i), DeviceToken.Format(DemoFleet.DeviceId(i), DemoFleet.DeviceSecret(i)), DemoFleet.DeviceUniqueId(i));
        if (indexes.Length > PrintedDevices) LogMoreDevices(logger, indexes.Length - PrintedDevices);
    }

    /// <summary>Like the geofences, a reminder the user completed or changed stays as they left it; dates count from the first seed.</summary>
    private static async Task InsertRemindersAsync(NpgsqlConnection connection, IEnumerable<int> vehicleIndexes, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var reminders = vehicleIndexes.SelectMany(i => DemoReminders.For(i, today)).ToArray();
        await using var command = connection.CreateCommand(DemoQueries.InsertReminders);
        command.Parameters.AddWithValue("company", DemoFleet.CompanyId);
        command.Parameters.AddWithValue("ids", reminders.Select(r => r.Id).ToArray());
        command.Parameters.AddWithValue("vehicles", reminders.Select(r => r.Details.VehicleId!.Value).ToArray());
        command.Parameters.AddWithValue("types", reminders.Select(r => r.Details.Type).ToArray());
        command.Parameters.AddWithValue("titles", reminders.Select(r => r.Details.Title).ToArray());
        command.Parameters.AddWithValue("dues", reminders.Select(r => r.Details.DueDate!.Value).ToArray());
        command.Parameters.Add(new NpgsqlParameter("months", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = reminders.Select(r => r.Details.Recurrence.Months).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("weeks", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = reminders.Select(r => r.Details.Recurrence.Weeks).ToArray() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task InsertGeofenceAsync(NpgsqlConnection connection, Guid id, GeofenceDetails details, CancellationToken cancellationToken)
    {
        var (circle, schedule) = (details.Circle, details.Rules.Schedule);
        await using var command = new NpgsqlCommand("""
            INSERT INTO geofences (id, company_id, name, geofence_type, shape, centre_latitude, centre_longitude, radius_metres,
                polygon_geojson, min_dwell_seconds, schedule_days, schedule_start, schedule_end)
            VALUES (@id, @company, @name, @type, @shape, @latitude, @longitude, @radius, @polygon, @dwell, @days, @start, @end)
            ON CONFLICT (id) DO NOTHING
            """, connection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("company", DemoFleet.CompanyId);
        command.Parameters.AddWithValue("name", details.Name);
        command.Parameters.AddWithValue("type", details.Type);
        command.Parameters.AddWithValue("shape", details.Shape);
        command.Parameters.Add(new NpgsqlParameter<double?>("latitude", circle?.Latitude));
        command.Parameters.Add(new NpgsqlParameter<double?>("longitude", circle?.Longitude));
        command.Parameters.Add(new NpgsqlParameter<double?>("radius", circle?.RadiusMetres));
        command.Parameters.Add(new NpgsqlParameter("polygon", NpgsqlDbType.Text) { Value = (object?)details.PolygonGeoJson ?? DBNull.Value });
        command.Parameters.AddWithValue("dwell", details.Rules.MinDwellSeconds);
        command.Parameters.Add(new NpgsqlParameter("days", NpgsqlDbType.Array | NpgsqlDbType.Smallint)
        {
            Value = schedule is null ? DBNull.Value : Enumerable.Range(0, 7).Where(day => (schedule.DaysMask & (1 << day)) != 0).Select(day => (short)day).ToArray(),
        });
        command.Parameters.Add(new NpgsqlParameter<TimeOnly?>("start", schedule?.Start));
        command.Parameters.Add(new NpgsqlParameter<TimeOnly?>("end", schedule?.End));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = """
        Demo company "{Company}" is ready.
          Sign in with any of: {Emails}
          Password: {Password}
        """)]
    private static partial void LogLogins(ILogger logger, string company, string emails, string password);

    [LoggerMessage(Level = LogLevel.Warning, Message = "  Demo vehicle {Index} ({Registration}) posts with device token {Token} or as OsmAnd/Traccar device id {UniqueId}")]
    private static partial void LogDevice(ILogger logger, int index, string registration, string token, string uniqueId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "  ... and {Count} more demo vehicles whose devices follow the same pattern")]
    private static partial void LogMoreDevices(ILogger logger, int count);
}
