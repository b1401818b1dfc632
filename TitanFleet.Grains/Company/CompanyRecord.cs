namespace TitanFleet.Grains.Company;

/// <summary>One company as its store reads it.</summary>
public sealed record CompanyRecord(
    Guid Id,
    CompanySettings Settings,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Version);
