namespace TitanFleet.Silo.Health;

/// <summary>The body of /api/health; a named type so the OpenAPI document describes exactly what is written.</summary>
public sealed record HealthReportBody(
    string Status,
    double UptimeSeconds,
    HealthMemory Memory,
    string Environment,
    string Version,
    IReadOnlyDictionary<string, HealthCheckEntry> Checks);

/// <summary>What /api/health tells callers outside the ops networks: the status alone.</summary>
public sealed record HealthStatusBody(string Status);

public sealed record HealthMemory(long WorkingSetBytes, long ManagedHeapBytes);

public sealed record HealthCheckEntry(string Status, string? Description, double DurationMs);
