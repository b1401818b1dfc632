namespace TitanFleet.Grains.Vehicles;

/// <summary>The registered facts about a vehicle that live tracking needs: whose it is and what it is called.</summary>
[GenerateSerializer, Immutable]
public sealed record VehicleProfile(
    [property: Id(0)] Guid VehicleId,
    [property: Id(1)] Guid CompanyId,
    [property: Id(2)] string Registration);
