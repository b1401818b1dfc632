namespace TitanFleet.Grains.Defects;

/// <summary>
/// An update of a defect's work state; a null status or severity is left as it is. The assignee
/// changes only when <paramref name="Reassign"/> is set, to <paramref name="AssignedTo"/> (null: no one).
/// </summary>
public sealed record DefectChange(int ExpectedVersion, string? Status, string? Severity, bool Reassign, Guid? AssignedTo);
