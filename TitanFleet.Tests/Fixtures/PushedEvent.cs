namespace TitanFleet.Tests.Fixtures;

/// <summary>A fleet event as a dashboard reads it off the hub (JSON, camelCase).</summary>
public sealed record PushedEvent(
    Guid Id,
    Guid CompanyId,
    string Type,
    DateTimeOffset OccurredAt,
    string Summary,
    Guid? VehicleId,
    string? Registration,
    Guid? DriverId,
    string? DriverName,
    IReadOnlyDictionary<string, string>? Details);
