namespace TitanFleet.Api.Vehicles;

/// <summary>Adds a vehicle. Registration and type are required; status defaults to active, mileage to 0.</summary>
public sealed record CreateVehicleRequest(
    string? Registration,
    string? Make,
    string? Model,
    int? Year,
    string? Vin,
    string? Type,
    string? Status,
    int? MileageKm,
    string? Depot) : IVehicleFields;
