namespace TitanFleet.Silo.Health;

/// <summary>The body of /api/health; a named type so the OpenAPI document describes exactly what is written.</summary>
public sealed record HealthReportBody(
    string Status,
    double UptimeSeconds,
    HealthMemory Memory,
    string Environment,
    string Version,
    IReadOnlyDictionary<string, HealthCheckEntry> Checks);

public sealed record HealthMemory(long WorkingSetBytes, long ManagedHeapBytes);

public sealed record HealthCheckEntry(string Status, string? Description, double DurationMs);
