using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Npgsql;
using TitanFleet.Api.Devices;
using TitanFleet.Api.Users;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Security;

/// <summary>
/// Records made for one request, inserted straight into a security world's company: a write that
/// consumes its record (a retire, a revoke, a used set-up token) or needs its first version gets one
/// of its own, so no case breaks a later one. Route values and valid bodies are built synchronously
/// (<see cref="RouteValue"/>, <see cref="OperationRule.Valid"/>), hence Npgsql's synchronous API.
/// </summary>
public static class SecurityRecords
{
    /// <summary>The version a record has when first written (the tables' default).</summary>
    public const int FirstVersion = 1;

    private static readonly ConditionalWeakTable<TestCompany, Store> Stores = [];

    public static void Register(TestCompany company, string connectionString) => Stores.AddOrUpdate(company, new Store(NpgsqlDataSource.Create(connectionString)));

    /// <summary>An active HGV of the company, at its first version.</summary>
    public static Guid NewVehicle(TestCompany company)
    {
        var id = Guid.NewGuid();
        var store = StoreOf(company);
        store.Execute("INSERT INTO vehicles (id, company_id, registration, vehicle_type) VALUES (@id, @company, @registration, 'hgv')",
            ("id", id), ("company", company.CompanyId), ("registration", $"SEC{id:N}"[..12].ToUpperInvariant()));
        store.Remember(id.ToString());
        return id;
    }

    /// <summary>A driver without a driver profile, at its first version.</summary>
    public static Guid NewDriver(TestCompany company) => NewInvitedDriver(company).Id;

    /// <summary>A one-time set-up token held by a new driver of the company.</summary>
    public static string NewSetupToken(TestCompany company) => NewInvitedDriver(company).SetupToken;

    /// <summary>A phone on the company's first vehicle, not the one whose token the harness's device caller uses.</summary>
    public static Guid NewDevice(TestCompany company)
    {
        var id = Guid.NewGuid();
        var store = StoreOf(company);
        store.Execute(
            "INSERT INTO devices (id, company_id, vehicle_id, unique_id, token_sha256, name) VALUES (@id, @company, @vehicle, @unique, @hash, 'security phone')",
            ("id", id), ("company", company.CompanyId), ("vehicle", company.Vehicles[0].VehicleId), ("unique", $"security-{id:N}"),
            ("hash", DeviceToken.Hash(DeviceToken.NewSecret())));
        store.Remember(id.ToString());
        return id;
    }

    /// <summary>A nil-defect check of the company's first vehicle, submitted by the company's driver.</summary>
    public static Guid NewInspection(TestCompany company)
    {
        var id = Guid.NewGuid();
        var store = StoreOf(company);
        store.Execute(
            """
            INSERT INTO inspections (id, company_id, vehicle_id, driver_id, vehicle_type, odometer_km, fuel_level_percent, results, failed_items, nil_defect)
            VALUES (@id, @company, @vehicle, @driver, 'hgv', 1000, 50, '[]'::jsonb, 0, true)
            """,
            ("id", id), ("company", company.CompanyId), ("vehicle", company.Vehicles[0].VehicleId), ("driver", UserId(company, CallerRole.Driver)));
        store.Remember(id.ToString());
        return id;
    }

    /// <summary>A circle geofence of the company at its first version (geofences, issue 11).</summary>
    public static Guid NewGeofence(TestCompany company)
    {
        var id = Guid.NewGuid();
        var store = StoreOf(company);
        store.Execute(
            """
            INSERT INTO geofences (id, company_id, name, geofence_type, shape, centre_latitude, centre_longitude, radius_metres)
            VALUES (@id, @company, @name, 'depot', 'circle', 51.5, -0.12, 250)
            """,
            ("id", id), ("company", company.CompanyId), ("name", $"Security yard {id:N}"[..22]));
        store.Remember(id.ToString());
        return id;
    }

    /// <summary>One geofence per company that no request changes, for the reads.</summary>
    public static Guid KeptGeofence(TestCompany company) => StoreOf(company).Kept.GetOrAdd("geofence", _ => NewGeofence(company));

    /// <summary>A tax reminder of the company's first vehicle at its first version (reminders, issue 11).</summary>
    public static Guid NewReminder(TestCompany company)
    {
        var id = Guid.NewGuid();
        var store = StoreOf(company);
        store.Execute(
            """
            INSERT INTO reminders (id, company_id, vehicle_id, reminder_type, title, due_date, recur_months)
            VALUES (@id, @company, @vehicle, 'tax', 'Vehicle tax', DATE '2031-01-01', 12)
            """,
            ("id", id), ("company", company.CompanyId), ("vehicle", company.Vehicles[0].VehicleId));
        store.Remember(id.ToString());
        return id;
    }

    /// <summary>One reminder per company that no request changes, for the reads.</summary>
    public static Guid KeptReminder(TestCompany company) => StoreOf(company).Kept.GetOrAdd("reminder", _ => NewReminder(company));

    /// <summary>A driver invited as an admin invites one: no password yet, a set-up token valid for an hour.</summary>
    private static (Guid Id, string SetupToken) NewInvitedDriver(TestCompany company)
    {
        var id = Guid.NewGuid();
        var email = $"security.{id:N}@test.titanfleet.test";
        var token = SetupTokens.New();
        var store = StoreOf(company);
        store.Execute(
            """
            INSERT INTO users (id, company_id, email, display_name, role, password_hash, setup_token_sha256, setup_token_expires_at)
            VALUES (@id, @company, @email, 'Security Driver', 'driver', '', @token, now() + interval '1 hour')
            """,
            ("id", id), ("company", company.CompanyId), ("email", email), ("token", SetupTokens.Hash(token)));
        store.Remember(id.ToString(), email);
        return (id, token);
    }

    /// <summary>An open minor defect on the company's first vehicle, reported by its driver, at its first version.</summary>
    public static Guid NewDefect(TestCompany company)
    {
        var id = Guid.NewGuid();
        StoreOf(company).Execute(
            """
            INSERT INTO defects (id, company_id, vehicle_id, category, description, severity, reported_by)
            VALUES (@id, @company, @vehicle, 'Lights', 'Nearside marker lamp out', 'minor', @driver)
            """,
            ("id", id), ("company", company.CompanyId), ("vehicle", company.Vehicles[0].VehicleId), ("driver", UserId(company, CallerRole.Driver)));
        StoreOf(company).Remember(id.ToString());
        return id;
    }

    /// <summary>One <see cref="NewDefect"/> per company that no operation of the table resolves.</summary>
    public static Guid KeptDefect(TestCompany company) => StoreOf(company).Kept.GetOrAdd("defect", _ => NewDefect(company));

    /// <summary>The company's timesheet the read rows name: a shift of the company's driver, so every reader, the driver included, may see it.</summary>
    public static Guid Timesheet(TestCompany company) => StoreOf(company).Timesheet.GetOrAdd(0, _ => NewTimesheet(company));

    /// <summary>A timesheet of the company's driver in the company's first vehicle, at its first version.</summary>
    public static Guid NewTimesheet(TestCompany company)
    {
        var id = Guid.NewGuid();
        var store = StoreOf(company);
        store.Execute(
            """
            INSERT INTO timesheets (id, company_id, driver_id, vehicle_id, started_at, ended_at, start_odometer_km, end_odometer_km,
                                    driving_seconds, other_work_seconds, break_seconds, ended_by)
            VALUES (@id, @company, @driver, @vehicle, now() - interval '9 hours', now() - interval '1 hour', 100000, 100250, 16200, 9000, 2700, 'driver')
            """,
            ("id", id), ("company", company.CompanyId), ("driver", UserId(company, CallerRole.Driver)), ("vehicle", company.Vehicles[0].VehicleId));
        store.Remember(id.ToString());
        return id;
    }

    /// <summary>A new vehicle with a nil-defect walkaround check by the user just now, so the user may start a shift in it.</summary>
    public static Guid NewCheckedVehicle(TestCompany company, Guid userId)
    {
        var vehicleId = NewVehicle(company);
        var inspectionId = Guid.NewGuid();
        StoreOf(company).Execute(
            """
            INSERT INTO inspections (id, company_id, vehicle_id, driver_id, vehicle_type, odometer_km, fuel_level_percent, results, failed_items, nil_defect)
            VALUES (@id, @company, @vehicle, @driver, 'hgv', 120000, 75, '[]', 0, true)
            """,
            ("id", inspectionId), ("company", company.CompanyId), ("vehicle", vehicleId), ("driver", userId));
        StoreOf(company).Remember(inspectionId.ToString());
        return vehicleId;
    }

    /// <summary>One unread notification per company and role, of that role's user; marking it read again is harmless, so every row reuses it.</summary>
    public static Guid KeptNotification(TestCompany company, CallerRole role) => StoreOf(company).Kept.GetOrAdd($"notification:{role}", _ =>
    {
        var id = Guid.NewGuid();
        StoreOf(company).Execute(
            """
            INSERT INTO notifications (id, company_id, user_id, event_id, event_type, summary, vehicle_id)
            VALUES (@id, @company, @user, @event, 'vehicleOffRoad', 'Security vehicle is off road', @vehicle)
            """,
            ("id", id), ("company", company.CompanyId), ("user", UserId(company, role)), ("event", Guid.NewGuid()), ("vehicle", company.Vehicles[0].VehicleId));
        StoreOf(company).Remember(id.ToString());
        return id;
    });

    /// <summary>The company's notification settings version now (1 while it has the defaults it started with).</summary>
    public static int NotificationSettingsVersion(TestCompany company) =>
        StoreOf(company).Scalar<int>("SELECT coalesce((SELECT version FROM notification_settings WHERE company_id = @company), 1)", ("company", company.CompanyId));

    /// <summary>The id of the company's user of a role (the test company records their emails only).</summary>
    public static Guid UserId(TestCompany company, CallerRole role) =>
        StoreOf(company).UserIds.GetOrAdd(role, r => StoreOf(company).Scalar<Guid>("SELECT id FROM users WHERE email = @email", ("email", company.Email(r.UserRole()))));

    /// <summary>Ids and emails of every record made here for the company: another company must never be shown them either.</summary>
    public static IEnumerable<string> Made(TestCompany company) => Stores.TryGetValue(company, out var store) ? [.. store.Made] : [];

    private static Store StoreOf(TestCompany company) =>
        Stores.TryGetValue(company, out var store) ? store : throw new InvalidOperationException("The company is not part of a SecurityWorld");

    private sealed class Store(NpgsqlDataSource dataSource)
    {
        public ConcurrentDictionary<CallerRole, Guid> UserIds { get; } = new();

        public ConcurrentDictionary<string, Guid> Kept { get; } = new();

        public ConcurrentDictionary<int, Guid> Timesheet { get; } = new();

        public ConcurrentBag<string> Made { get; } = [];

        public void Remember(params string[] values)
        {
            foreach (var value in values) Made.Add(value);
        }

        public void Execute(string sql, params (string Name, object Value)[] parameters)
        {
            using var command = Command(sql, parameters);
            command.ExecuteNonQuery();
        }

        public T Scalar<T>(string sql, params (string Name, object Value)[] parameters)
        {
            using var command = Command(sql, parameters);
            return (T)command.ExecuteScalar()!;
        }

        private NpgsqlCommand Command(string sql, (string Name, object Value)[] parameters)
        {
            var command = dataSource.CreateCommand(sql);
            foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
            return command;
        }
    }
}
