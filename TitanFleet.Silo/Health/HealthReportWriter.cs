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
        var body = new HealthReportBody(
            report.Status.ToString(),
            Math.Round((DateTime.Now - process.StartTime).TotalSeconds, 1),
            new HealthMemory(process.WorkingSet64, GC.GetTotalMemory(forceFullCollection: false)),
            environment.EnvironmentName,
            Version,
            report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new HealthCheckEntry(entry.Value.Status.ToString(), entry.Value.Description, entry.Value.Duration.TotalMilliseconds)));
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
    }
}
