using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Users;

internal static class DriverProfileQueries
{
    private const string Columns = "user_id, licence_number, licence_categories, licence_expiry, cpc_expiry, updated_at, version";

    public static readonly NamedQuery Find = new("driver-profiles.find", $"SELECT {Columns} FROM driver_profiles WHERE user_id = @user AND company_id = @company");

    public static readonly NamedQuery FindMany = new("driver-profiles.find-many", $"SELECT {Columns} FROM driver_profiles WHERE user_id = ANY(@users) AND company_id = @company");

    public static readonly NamedQuery LockUser = new("driver-profiles.lock-user", "SELECT role FROM users WHERE id = @user AND company_id = @company FOR UPDATE");

    public static readonly NamedQuery Lock = new("driver-profiles.lock", $"SELECT {Columns} FROM driver_profiles WHERE user_id = @user FOR UPDATE");

    public static readonly NamedQuery Upsert = new("driver-profiles.upsert", $"""
        INSERT INTO driver_profiles (user_id, company_id, licence_number, licence_categories, licence_expiry, cpc_expiry)
        VALUES (@user, @company, @number, @categories, @licenceExpiry, @cpcExpiry)
        ON CONFLICT (user_id) DO UPDATE SET licence_number = excluded.licence_number, licence_categories = excluded.licence_categories,
            licence_expiry = excluded.licence_expiry, cpc_expiry = excluded.cpc_expiry,
            updated_at = now(), version = driver_profiles.version + 1
        RETURNING {Columns}
        """);
}
