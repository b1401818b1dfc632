namespace TitanFleet.Grains.Telemetry;

/// <summary>
/// The one rule set for a position, pure so the HTTP validators and the grains share it: each check
/// returns the error message for its field, or null when the value is acceptable.
/// </summary>
public static class PositionRules
{
    public static readonly FieldRange Latitude = new(-90, 90);
    public static readonly FieldRange Longitude = new(-180, 180);
    public static readonly FieldRange Heading = new(0, 360);
    public static readonly FieldRange Accuracy = new(0, 100_000);
    public static readonly FieldRange Altitude = new(-1_000, 20_000);
    public static readonly FieldRange Odometer = new(0, 1e10);

    public static FieldRange Speed(PositionLimits limits) => new(0, limits.MaxSpeedKmh);

    public static string? CheckRange(double? value, FieldRange range, bool required)
    {
        if (value is not { } v) return required ? "Value is required." : null;
        if (!double.IsFinite(v)) return "Value must be a finite number.";
        return v < range.Min || v > range.Max ? $"Value must be between {range.Min} and {range.Max}." : null;
    }

    public static string? CheckTimestamp(DateTimeOffset? timestamp, PositionLimits limits, DateTimeOffset now)
    {
        if (timestamp is not { } t) return "Timestamp is required.";
        if (t > now + limits.MaxFutureSkew) return $"Timestamp is more than {limits.MaxFutureSkew.TotalMinutes:0} minutes in the future.";
        if (t < now - limits.MaxAge) return $"Timestamp is more than {limits.MaxAge.TotalDays:0.#} days old.";
        return null;
    }

    /// <summary>Every broken rule of a report, keyed by field; empty when the report is acceptable.</summary>
    public static Dictionary<string, string> Check(PositionReport report, PositionLimits limits, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string>();
        void Add(string field, string? error)
        {
            if (error is not null) errors[field] = error;
        }
        Add("latitude", CheckRange(report.Latitude, Latitude, required: true));
        Add("longitude", CheckRange(report.Longitude, Longitude, required: true));
        Add("speed", CheckRange(report.SpeedKmh, Speed(limits), required: false));
        Add("heading", CheckRange(report.Heading, Heading, required: false));
        Add("accuracy", CheckRange(report.AccuracyMetres, Accuracy, required: false));
        Add("altitude", CheckRange(report.AltitudeMetres, Altitude, required: false));
        Add("odometer", CheckRange(report.OdometerMetres, Odometer, required: false));
        Add("timestamp", CheckTimestamp(report.FixTime, limits, now));
        return errors;
    }
}
