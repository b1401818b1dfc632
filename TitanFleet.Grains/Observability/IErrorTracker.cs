namespace TitanFleet.Grains.Observability;

/// <summary>
/// Error tracking for grains, services and endpoints, free of any vendor type. Every call is safe
/// when tracking is off (no DSN configured): it then does nothing.
/// </summary>
public interface IErrorTracker
{
    /// <summary>Reports a caught exception that still deserves attention.</summary>
    void TrackError(Exception exception, IReadOnlyDictionary<string, string>? tags = null);

    /// <summary>Reports a notable business event (not an error) as its own entry.</summary>
    void TrackEvent(string message, IReadOnlyDictionary<string, string>? tags = null);

    /// <summary>Records a step that is attached to the next error reported from the same request.</summary>
    void AddBreadcrumb(string category, string message, IReadOnlyDictionary<string, string>? data = null);

    /// <summary>Times an operation (sampled like request traces); dispose the result to finish it.</summary>
    ITrackedTransaction StartTransaction(string name, string operation);
}
