using TitanFleet.Grains.Audit;

namespace TitanFleet.Grains.Drivers;

/// <summary>The end of a shift: by the driver with the odometer, or by a hand-over to <see cref="NextDriverName"/> at the next driver's start odometer.</summary>
[GenerateSerializer, Immutable]
public sealed record ShiftEnd(
    [property: Id(0)] int OdometerKm,
    [property: Id(1)] AuditActor Actor,
    [property: Id(2)] string? NextDriverName = null);
