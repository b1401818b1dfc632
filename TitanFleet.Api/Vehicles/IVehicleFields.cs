namespace TitanFleet.Api.Vehicles;

/// <summary>The writable fields that create and update requests share, so one validator checks both.</summary>
public interface IVehicleFields
{
    string? Registration { get; }
    string? Make { get; }
    string? Model { get; }
    int? Year { get; }
    string? Vin { get; }
    string? Type { get; }
    string? Status { get; }
    int? MileageKm { get; }
    string? Depot { get; }
}
