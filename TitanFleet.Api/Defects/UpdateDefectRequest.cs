namespace TitanFleet.Api.Defects;

/// <summary>
/// Moves a defect along the flow, changes its severity or assigns it (omitted fields stay as they
/// are). <see cref="Version"/> is the version the client last read: if the defect changed since, 409.
/// </summary>
public sealed record UpdateDefectRequest(int? Version, string? Status, string? Severity, Guid? AssignedTo);
