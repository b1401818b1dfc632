namespace TitanFleet.Api.Vehicles;

/// <summary>
/// Replaces a vehicle's details (omitted optional fields are cleared). <see cref="Version"/> is the
/// version the client last read: if the vehicle changed since, the update is refused with 409.
/// </summary>
public sealed record UpdateVehicleRequest(
    string? Registration,
    string? Make,
    string? Model,
    int? Year,
    string? Vin,
    string? Type,
    string? Status,
    int? MileageKm,
    string? Depot,
    int? Version) : IVehicleFields;
