namespace TitanFleet.Api.Defects;

/// <summary>
/// A defect reported outside a walkaround check. Photos are files uploaded first to /api/files with
/// entityType=vehicle and entityId=vehicleId. A dangerous defect takes the vehicle off road at once.
/// </summary>
public sealed record ReportDefectRequest(
    Guid? VehicleId,
    string? Category,
    string? Description,
    string? Severity,
    int? OdometerKm,
    Guid[]? PhotoFileIds);
