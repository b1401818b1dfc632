namespace TitanFleet.Grains.Checks;

/// <summary>A walkaround check as submitted by <see cref="DriverId"/>: a result for every item of the vehicle type's list.</summary>
public sealed record InspectionSubmission(
    Guid VehicleId,
    Guid DriverId,
    int OdometerKm,
    int FuelLevelPercent,
    IReadOnlyList<SubmittedCheckResult> Results);
