using Sentry;
using TitanFleet.Grains.Observability;

namespace TitanFleet.Api.Observability;

/// <summary>
/// <see cref="IErrorTracker"/> over a Sentry hub. Without a DSN the hub is the SDK's disabled
/// static hub, so every call is a no-op.
/// </summary>
public sealed class SentryErrorTracker(IHub hub) : IErrorTracker
{
    public void TrackError(Exception exception, IReadOnlyDictionary<string, string>? tags = null) =>
        hub.CaptureException(exception, scope => SetTags(scope, tags));

    public void TrackEvent(string message, IReadOnlyDictionary<string, string>? tags = null) =>
        hub.CaptureMessage(message, scope => SetTags(scope, tags), SentryLevel.Info);

    public void AddBreadcrumb(string category, string message, IReadOnlyDictionary<string, string>? data = null) =>
        hub.AddBreadcrumb(message, category, type: "default", data: data?.ToDictionary());

    public ITrackedTransaction StartTransaction(string name, string operation) =>
        new SentryTrackedTransaction(hub.StartTransaction(name, operation));

    private static void SetTags(Scope scope, IReadOnlyDictionary<string, string>? tags)
    {
        if (tags is null) return;
        foreach (var (key, value) in tags) scope.SetTag(key, value);
    }
}
