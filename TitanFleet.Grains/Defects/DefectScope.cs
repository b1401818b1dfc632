namespace TitanFleet.Grains.Defects;

/// <summary>
/// Which defects a caller may see: the company's, and for a driver only those they reported
/// (<see cref="ReporterId"/>). A defect outside the scope answers like a missing one.
/// </summary>
public sealed record DefectScope(Guid CompanyId, Guid? ReporterId);
