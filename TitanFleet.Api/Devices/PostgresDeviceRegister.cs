using Npgsql;
using TitanFleet.Grains.Audit;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Api.Devices;

/// <summary>
/// Reads and writes a vehicle's devices. Every query is scoped to the company and the vehicle, so
/// another company's device (or one of another vehicle) answers like a missing one; every write
/// goes through <see cref="AuditedTransaction"/>.
/// </summary>
public sealed class PostgresDeviceRegister(NpgsqlDataSource dataSource)
{
    public const string EntityType = "device";
    private const string UniqueIdIndex = "ux_devices_unique_id";

    /// <summary>The vehicle's devices, oldest first; null when the company has no such vehicle.</summary>
    public async Task<(IReadOnlyList<RegisteredDevice> Items, DeviceCursor? Next)?> ListAsync(
        Guid companyId, Guid vehicleId, DeviceCursor? after, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(DeviceQueries.List);
        command.Parameters.AddWithValue("company", companyId);
        command.Parameters.AddWithValue("vehicle", vehicleId);
        command.Parameters.Add(new NpgsqlParameter<Guid?>("afterId", after?.Id));
        command.Parameters.Add(new NpgsqlParameter<DateTime>("afterCreated", new DateTime(after?.CreatedTicks ?? DateTime.UnixEpoch.Ticks, DateTimeKind.Utc)));
        command.Parameters.AddWithValue("limit", limit + 1);
        var rows = await ReadAllAsync(command, cancellationToken);
        if (rows.Count == 0 && !await VehicleExistsAsync(companyId, vehicleId, cancellationToken)) return null;
        if (rows.Count <= limit) return (rows, null);
        rows.RemoveAt(rows.Count - 1);
        return (rows, new DeviceCursor(rows[^1].CreatedAt.UtcTicks, rows[^1].Id));
    }

    public async Task<DeviceWriteResult> CreateAsync(
        AuditActor actor, Guid vehicleId, RegisteredDevice device, byte[] tokenSha256, CancellationToken cancellationToken)
    {
        await using var unit = await AuditedTransaction.BeginAsync(dataSource, actor, cancellationToken);
        await using var vehicle = unit.Command(DeviceQueries.LockVehicle);
        vehicle.Parameters.AddWithValue("vehicle", vehicleId);
        vehicle.Parameters.AddWithValue("company", actor.CompanyId);
        switch ((string?)await vehicle.ExecuteScalarAsync(cancellationToken))
        {
            case null:
                return new DeviceWriteResult(DeviceWriteStatus.NotFound);
            case "retired":
                return new DeviceWriteResult(DeviceWriteStatus.VehicleRetired);
        }

        await using var insert = unit.Command(DeviceQueries.Insert);
        insert.Parameters.AddWithValue("id", device.Id);
        insert.Parameters.AddWithValue("company", actor.CompanyId);
        insert.Parameters.AddWithValue("vehicle", vehicleId);
        insert.Parameters.AddWithValue("uniqueId", device.UniqueId);
        insert.Parameters.AddWithValue("token", tokenSha256);
        insert.Parameters.AddWithValue("name", device.Name);
        insert.Parameters.AddWithValue("kind", device.Kind);
        RegisteredDevice created;
        try
        {
            created = (await ReadAllAsync(insert, cancellationToken))[0];
        }
        catch (PostgresException exception) when (exception is { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: UniqueIdIndex })
        {
            return new DeviceWriteResult(DeviceWriteStatus.Duplicate);
        }

        unit.Record(AuditActions.Create, EntityType, created.Id, AuditChanges.Between(null, created.AuditFields()));
        await unit.CommitAsync(cancellationToken);
        return new DeviceWriteResult(DeviceWriteStatus.Written, created);
    }

    /// <summary>The soft delete: the device is refused from now on; its row and history stay. Revoking twice changes nothing.</summary>
    public async Task<DeviceWriteResult> RevokeAsync(AuditActor actor, Guid vehicleId, Guid deviceId, CancellationToken cancellationToken)
    {
        await using var unit = await AuditedTransaction.BeginAsync(dataSource, actor, cancellationToken);
        await using var select = unit.Command(DeviceQueries.LockForRevoke);
        select.Parameters.AddWithValue("id", deviceId);
        select.Parameters.AddWithValue("vehicle", vehicleId);
        select.Parameters.AddWithValue("company", actor.CompanyId);
        var current = (await ReadAllAsync(select, cancellationToken)).SingleOrDefault();
        if (current is null) return new DeviceWriteResult(DeviceWriteStatus.NotFound);
        if (current.RevokedAt is not null) return new DeviceWriteResult(DeviceWriteStatus.Unchanged, current);

        await using var update = unit.Command(DeviceQueries.Revoke);
        update.Parameters.AddWithValue("id", deviceId);
        var revoked = (await ReadAllAsync(update, cancellationToken))[0];
        unit.Record(AuditActions.Delete, EntityType, deviceId, AuditChanges.Between(current.AuditFields(), revoked.AuditFields()));
        await unit.CommitAsync(cancellationToken);
        return new DeviceWriteResult(DeviceWriteStatus.Written, revoked);
    }

    private async Task<bool> VehicleExistsAsync(Guid companyId, Guid vehicleId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(DeviceQueries.VehicleExists);
        command.Parameters.AddWithValue("vehicle", vehicleId);
        command.Parameters.AddWithValue("company", companyId);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task<List<RegisteredDevice>> ReadAllAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<RegisteredDevice>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new RegisteredDevice(
                Id: reader.GetGuid(0),
                VehicleId: reader.GetGuid(1),
                Name: reader.GetString(2),
                Kind: reader.GetString(3),
                UniqueId: reader.GetString(4),
                CreatedAt: reader.GetFieldValue<DateTimeOffset>(5),
                RevokedAt: reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6)));
        }
        return rows;
    }
}
