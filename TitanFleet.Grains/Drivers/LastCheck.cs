namespace TitanFleet.Grains.Drivers;

/// <summary>The walkaround check a shift was started on.</summary>
[GenerateSerializer, Immutable, Alias("titanfleet.last-check.v1")]
public sealed record LastCheck(
    [property: Id(0)] Guid InspectionId,
    [property: Id(1)] Guid VehicleId,
    [property: Id(2)] DateTimeOffset SubmittedAt,
    [property: Id(3)] int OdometerKm);
