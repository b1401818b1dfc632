namespace TitanFleet.Api.Devices;

/// <summary>One row of a vehicle's devices as the register reads it (never the token hash).</summary>
public sealed record RegisteredDevice(
    Guid Id,
    Guid VehicleId,
    string Name,
    string Kind,
    string UniqueId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RevokedAt)
{
    /// <summary>The fields the audit log compares (none of them secret).</summary>
    public IReadOnlyDictionary<string, object?> AuditFields() => new Dictionary<string, object?>
    {
        ["vehicleId"] = VehicleId,
        ["name"] = Name,
        ["kind"] = Kind,
        ["uniqueId"] = UniqueId,
        ["revokedAt"] = RevokedAt,
    };
}
