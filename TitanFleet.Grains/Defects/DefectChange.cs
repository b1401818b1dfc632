namespace TitanFleet.Grains.Defects;

/// <summary>An update of a defect's work state; a null field is left as it is.</summary>
public sealed record DefectChange(int ExpectedVersion, string? Status, string? Severity, Guid? AssignedTo);
