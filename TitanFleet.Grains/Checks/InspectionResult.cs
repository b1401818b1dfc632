namespace TitanFleet.Grains.Checks;

/// <summary>
/// One item's stored result, with the label and category the driver was shown: the check proves
/// what was checked even if the company's list changes later (sql/0060 keeps these as jsonb).
/// </summary>
public sealed record InspectionResult(
    string ItemCode,
    string Label,
    string Category,
    string Result,
    string? Note,
    string? Severity,
    IReadOnlyList<Guid> PhotoFileIds);
