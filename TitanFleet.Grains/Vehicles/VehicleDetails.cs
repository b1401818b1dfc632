namespace TitanFleet.Grains.Vehicles;

/// <summary>The fields of a vehicle a manager writes; registration and VIN already normalised.</summary>
public sealed record VehicleDetails(
    string Registration,
    string? Make,
    string? Model,
    int? Year,
    string? Vin,
    string Type,
    string Status,
    int MileageKm,
    string? Depot);
