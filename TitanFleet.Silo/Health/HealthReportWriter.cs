using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TitanFleet.Silo.Operations;

namespace TitanFleet.Silo.Health;

/// <summary>
/// The body of /api/health: status, uptime, memory, environment, version and each check for ops
/// callers (<see cref="OpsAccess"/>); the status alone for everyone else.
/// </summary>
public static class HealthReportWriter
{
    private static readonly string Version =
        typeof(HealthReportWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        if (!context.RequestServices.GetRequiredService<OpsAccess>().IsAllowed(context))
            return context.Response.WriteAsync(JsonSerializer.Serialize(new HealthStatusBody(report.Status.ToString()), JsonSerializerOptions.Web));

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
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
    }
}
