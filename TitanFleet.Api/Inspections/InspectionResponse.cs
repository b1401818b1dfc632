using TitanFleet.Grains.Checks;

namespace TitanFleet.Api.Inspections;

/// <summary>A stored walkaround check as the API shows it, with each item's result and the defects it raised.</summary>
public sealed record InspectionResponse(
    Guid Id,
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
    IReadOnlyList<InspectionDefect> Defects)
{
    public static InspectionResponse From(InspectionRecord record) => new(
        Id: record.Id, VehicleId: record.VehicleId, Registration: record.Registration, VehicleType: record.VehicleType,
        DriverId: record.DriverId, DriverName: record.DriverName, OdometerKm: record.OdometerKm, FuelLevelPercent: record.FuelLevelPercent,
        SubmittedAt: record.SubmittedAt, NilDefect: record.NilDefect, Results: record.Results, Defects: record.Defects);
}
