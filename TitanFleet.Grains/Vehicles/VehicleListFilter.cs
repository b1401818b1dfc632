namespace TitanFleet.Grains.Vehicles;

/// <summary>A page request for the vehicle list; a null status lists every vehicle but the retired ones.</summary>
public sealed record VehicleListFilter(
    string? Status,
    string? Type,
    string? Depot,
    string? RegistrationPrefix,
    VehicleSort Sort,
    VehicleCursor? After,
    int Limit);
