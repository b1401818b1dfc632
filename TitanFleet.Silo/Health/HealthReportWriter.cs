using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TitanFleet.Silo.Health;

/// <summary>The body of /api/health: status, uptime, memory, environment, version and each check.</summary>
public static class HealthReportWriter
{
    private static readonly string Version =
        typeof(HealthReportWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var process = Process.GetCurrentProcess();
        var environment = context.RequestServices.GetRequiredService<IHostEnvironment>();
        var body = new
        {
            status = report.Status.ToString(),
            uptimeSeconds = Math.Round((DateTime.Now - process.StartTime).TotalSeconds, 1),
            memory = new
            {
                workingSetBytes = process.WorkingSet64,
                managedHeapBytes = GC.GetTotalMemory(forceFullCollection: false),
            },
            environment = environment.EnvironmentName,
            version = Version,
            checks = report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new { status = entry.Value.Status.ToString(), description = entry.Value.Description, durationMs = entry.Value.Duration.TotalMilliseconds }),
        };
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
    }
}
