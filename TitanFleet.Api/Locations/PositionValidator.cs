namespace TitanFleet.Api.Locations;

/// <summary>The spec's rules for one position; errors are keyed by field (with the batch index prefix).</summary>
public static class PositionValidator
{
    public static void Validate(PositionInput input, string prefix, IngestionOptions options, DateTimeOffset now, IDictionary<string, string[]> errors)
    {
        RequireRange(input.Latitude, -90, 90, prefix + "latitude", required: true, errors);
        RequireRange(input.Longitude, -180, 180, prefix + "longitude", required: true, errors);
        RequireRange(input.Speed, 0, options.MaxSpeedKmh, prefix + "speed", required: false, errors);
        RequireRange(input.Heading, 0, 360, prefix + "heading", required: false, errors);
        RequireRange(input.Accuracy, 0, 100_000, prefix + "accuracy", required: false, errors);
        RequireRange(input.Altitude, -1_000, 20_000, prefix + "altitude", required: false, errors);
        RequireRange(input.Odometer, 0, 1e10, prefix + "odometer", required: false, errors);

        if (input.Timestamp is not { } timestamp)
            errors[prefix + "timestamp"] = ["Timestamp is required."];
        else if (timestamp > now + options.MaxFutureSkew)
            errors[prefix + "timestamp"] = [$"Timestamp is more than {options.MaxFutureSkew.TotalMinutes:0} minutes in the future."];
        else if (timestamp < now - options.MaxAge)
            errors[prefix + "timestamp"] = [$"Timestamp is more than {options.MaxAge.TotalDays:0.#} days old."];
    }

    private static void RequireRange(double? value, double min, double max, string field, bool required, IDictionary<string, string[]> errors)
    {
        if (value is not { } v)
        {
            if (required) errors[field] = ["Value is required."];
            return;
        }
        if (!double.IsFinite(v)) errors[field] = ["Value must be a finite number."];
        else if (v < min || v > max) errors[field] = [$"Value must be between {min} and {max}."];
    }
}
