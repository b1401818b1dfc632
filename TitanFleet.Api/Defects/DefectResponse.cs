using TitanFleet.Grains.Defects;

namespace TitanFleet.Api.Defects;

/// <summary>
/// A defect as the API shows it. <see cref="Version"/> (also the ETag) goes back with an update.
/// One defect's read carries its comments and rectifications; list items leave them null.
/// </summary>
public sealed record DefectResponse(
    Guid Id,
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
    int Version,
    IReadOnlyList<DefectCommentResponse>? Comments,
    IReadOnlyList<RectificationResponse>? Rectifications)
{
    public static DefectResponse From(DefectRecord d, IReadOnlyList<DefectComment>? comments = null, IReadOnlyList<Rectification>? rectifications = null) => new(
        Id: d.Id, VehicleId: d.VehicleId, Registration: d.Registration, InspectionId: d.InspectionId, ItemCode: d.ItemCode,
        Category: d.Category, Description: d.Description, Severity: d.Severity, Status: d.Status,
        ReportedBy: d.ReportedBy, ReportedByName: d.ReportedByName, ReportedAt: d.ReportedAt, OdometerKm: d.OdometerKm,
        PhotoFileIds: d.PhotoFileIds, AssignedTo: d.AssignedTo, AssignedToName: d.AssignedToName, ResolvedAt: d.ResolvedAt, Version: d.Version,
        Comments: comments?.Select(DefectCommentResponse.From).ToArray(),
        Rectifications: rectifications?.Select(RectificationResponse.From).ToArray());
}
