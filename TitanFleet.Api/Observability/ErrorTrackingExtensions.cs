using System.Reflection;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Sentry;
using Sentry.AspNetCore;
using Sentry.Extensibility;
using TitanFleet.Grains.Observability;

namespace TitanFleet.Api.Observability;

/// <summary>
/// Sentry error tracking, on only when a DSN is configured (<c>Sentry:Dsn</c>, <c>Sentry__Dsn</c>
/// or <c>SENTRY_DSN</c>). Without one nothing is registered beyond a no-op <see cref="IErrorTracker"/>.
/// </summary>
public static class ErrorTrackingExtensions
{
    public const string Section = "Sentry";
    public const double DefaultTracesSampleRate = 0.1;

    /// <summary>Our version rather than the entry assembly's, so a test host or a renamed executable reports the same release.</summary>
    public static readonly string Release = "titanfleet@" +
        (typeof(ErrorTrackingExtensions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");

    public static string? FindDsn(IConfiguration configuration) =>
        NullIfBlank(configuration[$"{Section}:Dsn"]) ?? NullIfBlank(Environment.GetEnvironmentVariable("SENTRY_DSN"));

    public static WebApplicationBuilder AddFleetErrorTracking(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton<IErrorTracker>(sp => new SentryErrorTracker(sp.GetService<IHub>() ?? HubAdapter.Instance));
        if (FindDsn(builder.Configuration) is not { } dsn) return builder;

        builder.Services.AddHttpContextAccessor();
        builder.WebHost.UseSentry(options =>
        {
            options.Dsn ??= dsn;
            // The user is set explicitly from our claims; the SDK must not add cookies, auth headers or IPs.
            options.SendDefaultPii = false;
            options.MaxRequestBodySize = RequestSize.Small;
            options.TracesSampleRate ??= DefaultTracesSampleRate;
            options.Release ??= Release;
        });
        builder.Services.AddOptions<SentryAspNetCoreOptions>().Configure<IHttpContextAccessor>((options, http) =>
        {
            options.SetBeforeSend(evt => ExpectedErrors.IsExpected(evt.Exception, http.HttpContext) ? null : SentryScrubber.Scrub(evt));
            options.SetBeforeBreadcrumb(SentryScrubber.Scrub);
        });
        builder.Services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>, AuthBreadcrumbs>();
        builder.Services.AddHostedService<DatabaseBreadcrumbs>();
        return builder;
    }

    /// <summary>Call after authentication and authorization, so the request's user is known.</summary>
    public static WebApplication UseFleetErrorTracking(this WebApplication app)
    {
        if (app.Services.GetService<IHub>() is { IsEnabled: true }) app.UseMiddleware<ErrorTrackingContextMiddleware>();
        return app;
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
