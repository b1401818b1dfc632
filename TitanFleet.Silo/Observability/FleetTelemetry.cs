using System.Reflection;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using TitanFleet.Grains.Telemetry;
using TitanFleet.Silo.Operations;

namespace TitanFleet.Silo.Observability;

/// <summary>
/// OpenTelemetry for the silo, in the manner of eShop's ServiceDefaults plus Orleans' own meter and
/// activity sources. Metrics are always collected and scraped at <see cref="MetricsPath"/>; traces
/// and OTLP export exist only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is configured, so an
/// unexported trace never costs the hot path.
/// </summary>
public static class FleetTelemetry
{
    public const string MetricsPath = "/metrics";
    public const string ServiceName = "titanfleet-silo";
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static readonly string[] Meters = [LocationHistoryMetrics.MeterName, "Microsoft.Orleans"];
    public static readonly string[] ActivitySources = ["Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application"];

    public static WebApplicationBuilder AddFleetTelemetry(this WebApplicationBuilder builder)
    {
        var version = typeof(FleetTelemetry).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(
                ServiceName, serviceVersion: version, serviceInstanceId: Environment.GetEnvironmentVariable("POD_NAME") ?? Environment.MachineName))
            .WithMetrics(metrics => metrics
                .AddMeter(Meters)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddPrometheusExporter());

        if (string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointKey])) return builder;
        otel.WithTracing(tracing => tracing
                .AddSource(ActivitySources)
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !context.Request.Path.StartsWithSegments(MetricsPath))
                .AddHttpClientInstrumentation()
                .AddNpgsql())
            .UseOtlpExporter();
        return builder;
    }

    /// <summary>
    /// The Prometheus scrape endpoint, for the in-cluster scraper: callers outside the ops networks
    /// (Operations:AllowedNetworks, loopback) who are not admins get 404.
    /// </summary>
    public static IEndpointRouteBuilder MapFleetTelemetry(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPrometheusScrapingEndpoint(MetricsPath, meterProvider: null, configureBranchedPipeline: branch => branch.UseOpsAccessOnly(), optionsName: null)
            .WithTags("Operations").WithSummary("Prometheus metrics (ops networks and admins only): TitanFleet, ASP.NET Core, runtime, Npgsql and Orleans meters")
            .AllowAnonymous()
            .WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(string), ["text/plain"]));
        return endpoints;
    }
}
