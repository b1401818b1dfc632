using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Api.Vehicles;

/// <summary>A vehicle of the register as the API shows it. <see cref="Version"/> (also the ETag) goes back with an update or delete.</summary>
public sealed record VehicleResponse(
    Guid Id,
    string Registration,
    string? Make,
    string? Model,
    int? Year,
    string? Vin,
    string Type,
    string Status,
    int MileageKm,
    string? Depot,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Version)
{
    public static VehicleResponse From(VehicleRecord record)
    {
        var d = record.Details;
        return new VehicleResponse(
            Id: record.Id, Registration: d.Registration, Make: d.Make, Model: d.Model, Year: d.Year, Vin: d.Vin,
            Type: d.Type, Status: d.Status, MileageKm: d.MileageKm, Depot: d.Depot,
            CreatedAt: record.CreatedAt, UpdatedAt: record.UpdatedAt, Version: record.Version);
    }
}
