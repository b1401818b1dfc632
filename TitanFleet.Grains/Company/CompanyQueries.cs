using TitanFleet.Grains.Storage;
using TitanFleet.Grains.Users;

namespace TitanFleet.Grains.Company;

internal static class CompanyQueries
{
    private const string Columns =
        "id, name, time_zone, display_units, speed_limits_kmh, walkaround_check_due_at, reminder_due_soon_days, osmand_enabled, created_at, updated_at, version, overspeed_min_duration_seconds";

    public static readonly NamedQuery Find = new("company.find", $"SELECT {Columns} FROM companies WHERE id = @id");

    public static readonly NamedQuery Insert = new("company.insert", $"""
        INSERT INTO companies (id, name, time_zone) VALUES (@id, @name, @timeZone) RETURNING {Columns}
        """);

    public static readonly NamedQuery InsertAdmin = new("company.insert-admin", $"""
        INSERT INTO users (id, company_id, email, display_name, role, password_hash, setup_token_sha256, setup_token_expires_at)
        VALUES (@id, @company, @email, @fullName, @role, @passwordHash, @setupToken, @setupExpires)
        RETURNING {PostgresUserRecordStore.Columns}
        """);

    public static readonly NamedQuery Lock = new("company.lock", $"SELECT {Columns} FROM companies WHERE id = @id FOR UPDATE");

    public static readonly NamedQuery Update = new("company.update", $"""
        UPDATE companies SET name = @name, time_zone = @timeZone, display_units = @displayUnits,
            speed_limits_kmh = @speedLimits, walkaround_check_due_at = @walkaroundDue,
            reminder_due_soon_days = @dueSoonDays, osmand_enabled = @osmAnd, overspeed_min_duration_seconds = @overspeedSeconds,
            updated_at = now(), version = version + 1
        WHERE id = @id
        RETURNING {Columns}
        """);

    public static readonly NamedQuery TimeZone = new("company.time-zone", "SELECT time_zone FROM companies WHERE id = @id");
}
