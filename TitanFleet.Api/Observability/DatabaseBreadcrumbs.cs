using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using TitanFleet.Grains.Observability;

namespace TitanFleet.Api.Observability;

/// <summary>
/// A breadcrumb per PostgreSQL command made while serving a request (Npgsql's activities carry the
/// SQL text, never parameter values). Background work such as group commits is skipped: it has no
/// request scope, and its breadcrumbs would crowd every later event.
/// </summary>
public sealed class DatabaseBreadcrumbs(IErrorTracker tracker, IHttpContextAccessor http) : IHostedService, IDisposable
{
    private const int MaxStatementLength = 300;
    private ActivityListener? _listener;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => http.HttpContext is null ? ActivitySamplingResult.None : ActivitySamplingResult.AllData,
            ActivityStopped = OnStopped,
        };
        ActivitySource.AddActivityListener(_listener);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _listener?.Dispose();
        _listener = null;
    }

    private void OnStopped(Activity activity)
    {
        if (http.HttpContext is null) return;
        var statement = activity.GetTagItem("db.query.text") as string ?? activity.DisplayName;
        if (statement.Length > MaxStatementLength) statement = statement[..MaxStatementLength];
        tracker.AddBreadcrumb("db.query", statement, new Dictionary<string, string>
        {
            ["duration_ms"] = activity.Duration.TotalMilliseconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture),
            ["status"] = activity.Status.ToString(),
        });
    }
}
