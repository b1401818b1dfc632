namespace TitanFleet.Grains.Vehicles;

/// <summary>The registered facts about a vehicle that live tracking needs: whose it is, what it is called and whether it is in service.</summary>
[GenerateSerializer, Immutable]
public sealed record VehicleProfile(
    [property: Id(0)] Guid VehicleId,
    [property: Id(1)] Guid CompanyId,
    [property: Id(2)] string Registration,
    [property: Id(3)] string Type,
    [property: Id(4)] string Status);
