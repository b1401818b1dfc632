namespace TitanFleet.Grains.Checks;

/// <summary>One stored walkaround check, with the vehicle's registration, the driver's name and the defects it raised.</summary>
public sealed record InspectionRecord(
    Guid Id,
    Guid CompanyId,
    Guid VehicleId,
    string Registration,
    string VehicleType,
    Guid DriverId,
    string DriverName,
    int OdometerKm,
    int FuelLevelPercent,
    DateTimeOffset SubmittedAt,
    bool NilDefect,
    IReadOnlyList<InspectionResult> Results,
    IReadOnlyList<InspectionDefect> Defects);
