namespace TitanFleet.Grains.Defects;

/// <summary>One row of the defects table as its store reads it, with the names the API shows beside the ids.</summary>
public sealed record DefectRecord(
    Guid Id,
    Guid CompanyId,
    Guid VehicleId,
    string Registration,
    Guid? InspectionId,
    string? ItemCode,
    string Category,
    string Description,
    string Severity,
    string Status,
    Guid ReportedBy,
    string ReportedByName,
    DateTimeOffset ReportedAt,
    int? OdometerKm,
    IReadOnlyList<Guid> PhotoFileIds,
    Guid? AssignedTo,
    string? AssignedToName,
    DateTimeOffset? ResolvedAt,
    DateTimeOffset UpdatedAt,
    int Version)
{
    public bool IsOpenDangerous => Severity == DefectSeverities.Dangerous && !DefectStatuses.IsResolved(Status);

    /// <summary>The fields the audit log compares (none of them secret).</summary>
    public IReadOnlyDictionary<string, object?> AuditFields() => new Dictionary<string, object?>
    {
        ["vehicleId"] = VehicleId,
        ["inspectionId"] = InspectionId,
        ["itemCode"] = ItemCode,
        ["category"] = Category,
        ["description"] = Description,
        ["severity"] = Severity,
        ["status"] = Status,
        ["reportedBy"] = ReportedBy,
        ["odometerKm"] = OdometerKm,
        ["photoFileIds"] = string.Join(',', PhotoFileIds),
        ["assignedTo"] = AssignedTo,
        ["resolvedAt"] = ResolvedAt,
    };
}
