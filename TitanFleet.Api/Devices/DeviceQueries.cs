using TitanFleet.Grains.Storage;

namespace TitanFleet.Api.Devices;

internal static class DeviceQueries
{
    private const string Columns = "id, vehicle_id, name, kind, unique_id, created_at, revoked_at";
    private const string SelectActive = "SELECT id, company_id, vehicle_id, unique_id, token_sha256 FROM devices WHERE revoked_at IS NULL AND ";

    public static readonly NamedQuery FindActiveById = new("devices.find-active-by-id", $"{SelectActive} id = @id");

    public static readonly NamedQuery FindActiveByUniqueId = new("devices.find-active-by-unique-id", $"{SelectActive} unique_id = @uniqueId");

    public static readonly NamedQuery List = new("devices.list", $"""
        SELECT {Columns} FROM devices
        WHERE company_id = @company AND vehicle_id = @vehicle
          AND (@afterId::uuid IS NULL OR (created_at, id) > (@afterCreated, @afterId))
        ORDER BY created_at, id
        LIMIT @limit
        """);

    // FOR SHARE: a vehicle retired at this moment waits for this insert or refuses it, never misses it.
    public static readonly NamedQuery LockVehicle = new("devices.lock-vehicle", "SELECT status FROM vehicles WHERE id = @vehicle AND company_id = @company FOR SHARE");

    public static readonly NamedQuery Insert = new("devices.insert", $"""
        INSERT INTO devices (id, company_id, vehicle_id, unique_id, token_sha256, name, kind)
        VALUES (@id, @company, @vehicle, @uniqueId, @token, @name, @kind)
        RETURNING {Columns}
        """);

    public static readonly NamedQuery LockForRevoke = new("devices.lock-for-revoke",
        $"SELECT {Columns} FROM devices WHERE id = @id AND vehicle_id = @vehicle AND company_id = @company FOR UPDATE");

    public static readonly NamedQuery Revoke = new("devices.revoke", $"UPDATE devices SET revoked_at = now() WHERE id = @id RETURNING {Columns}");

    public static readonly NamedQuery VehicleExists = new("devices.vehicle-exists", "SELECT EXISTS (SELECT 1 FROM vehicles WHERE id = @vehicle AND company_id = @company)");
}
