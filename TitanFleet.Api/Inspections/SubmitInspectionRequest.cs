namespace TitanFleet.Api.Inspections;

/// <summary>A walkaround check of a vehicle: every item of its type's list answered exactly once.</summary>
public sealed record SubmitInspectionRequest(Guid? VehicleId, int? OdometerKm, int? FuelLevelPercent, IReadOnlyList<CheckResultRequest>? Results);
