using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TitanFleet.Silo.Health;

/// <summary>Kubernetes probes, mapped in every environment: live (process answers), ready (Postgres and silo), health (details).</summary>
public static class ProbeEndpoints
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddFleetProbes(this IServiceCollection services)
    {
        services.AddSingleton<ShutdownSignal>();
        services.AddHealthChecks()
            .AddCheck<PostgresHealthCheck>("postgres", tags: [ReadyTag])
            .AddCheck<SiloHealthCheck>("silo", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapFleetProbes(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/api/live", new HealthCheckOptions { Predicate = _ => false })
            .WithTags("Probes").WithSummary("Liveness: the process answers").AllowAnonymous()
            .WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(string), ["text/plain"]));
        endpoints.MapHealthChecks("/api/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) })
            .WithTags("Probes").WithSummary("Readiness: PostgreSQL reachable and the silo active").AllowAnonymous()
            .WithMetadata(
                new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(string), ["text/plain"]),
                new ProducesResponseTypeMetadata(StatusCodes.Status503ServiceUnavailable, typeof(string), ["text/plain"]));
        endpoints.MapHealthChecks("/api/health", new HealthCheckOptions
        {
            ResultStatusCodes = { [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable },
            ResponseWriter = HealthReportWriter.WriteAsync,
        }).WithTags("Probes").WithSummary("Health: status; uptime, memory, environment and version for ops networks and admins").AllowAnonymous()
            .WithMetadata(
                new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(HealthReportBody), ["application/json"]),
                new ProducesResponseTypeMetadata(StatusCodes.Status503ServiceUnavailable, typeof(HealthReportBody), ["application/json"]));
        return endpoints;
    }
}
