namespace TitanFleet.Grains.Vehicles;

/// <summary>One row of the vehicles register as its store reads it.</summary>
public sealed record VehicleRecord(
    Guid Id,
    Guid CompanyId,
    VehicleDetails Details,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Version)
{
    public VehicleProfile ToProfile() => new(Id, CompanyId, Details.Registration, Details.Type, Details.Status);

    /// <summary>The fields the audit log compares (none of them secret).</summary>
    public IReadOnlyDictionary<string, object?> AuditFields() => new Dictionary<string, object?>
    {
        ["registration"] = Details.Registration,
        ["make"] = Details.Make,
        ["model"] = Details.Model,
        ["year"] = Details.Year,
        ["vin"] = Details.Vin,
        ["type"] = Details.Type,
        ["status"] = Details.Status,
        ["mileageKm"] = Details.MileageKm,
        ["depot"] = Details.Depot,
    };
}
