using TitanFleet.Grains.Audit;

namespace TitanFleet.Grains.Drivers;

/// <summary>A driver taking a vehicle out, after the API has checked the vehicle may be used and has been checked.</summary>
[GenerateSerializer, Immutable]
public sealed record ShiftStart(
    [property: Id(0)] Guid CompanyId,
    [property: Id(1)] string DriverName,
    [property: Id(2)] Guid VehicleId,
    [property: Id(3)] string Registration,
    [property: Id(4)] int OdometerKm,
    [property: Id(5)] bool Handover,
    [property: Id(6)] LastCheck Check,
    [property: Id(7)] AuditActor Actor);
