namespace TitanFleet.Grains.Defects;

/// <summary>The list's filters; null means any. <see cref="Open"/> true lists unresolved defects, false resolved ones.</summary>
public sealed record DefectListFilter(
    Guid? VehicleId,
    string? Status,
    string? Severity,
    DateTimeOffset? From,
    DateTimeOffset? To,
    Guid? AssignedTo,
    bool? Open,
    DefectCursor? After,
    int Limit);
