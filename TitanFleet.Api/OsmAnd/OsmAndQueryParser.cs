using System.Globalization;

namespace TitanFleet.Api.OsmAnd;

/// <summary>
/// The classic OsmAnd form: parameters in the query string or a form body. Speed arrives in knots;
/// <c>location=lat,lon</c> may replace <c>lat</c> and <c>lon</c>.
/// </summary>
public static class OsmAndQueryParser
{
    public const double KmhPerKnot = 1.852;

    public static OsmAndFix Parse(Func<string, string?> get, IDictionary<string, string[]> errors)
    {
        var latitude = Number(get("lat"), "lat", errors);
        var longitude = Number(get("lon"), "lon", errors);
        if (get("location") is { } location && latitude is null && longitude is null)
        {
            var parts = location.Split(',');
            if (parts.Length == 2)
            {
                latitude = Number(parts[0], "location", errors);
                longitude = Number(parts[1], "location", errors);
            }
            else errors["location"] = ["Expected 'latitude,longitude'."];
        }

        var rawTimestamp = get("timestamp");
        DateTimeOffset? timestamp = null;
        if (rawTimestamp is not null)
        {
            if (OsmAndTimestamp.TryParse(rawTimestamp, out var parsed)) timestamp = parsed;
            else errors["timestamp"] = ["Unrecognised timestamp: use Unix seconds or milliseconds, ISO 8601 or 'yyyy-MM-dd HH:mm:ss'."];
        }

        return new OsmAndFix(
            get("id") ?? get("deviceid"),
            rawTimestamp,
            timestamp,
            latitude,
            longitude,
            Number(get("speed"), "speed", errors) * KmhPerKnot,
            Number(get("bearing") ?? get("heading"), "bearing", errors),
            Number(get("accuracy"), "accuracy", errors),
            Number(get("altitude"), "altitude", errors),
            Number(get("odometer"), "odometer", errors));
    }

    private static double? Number(string? text, string field, IDictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)) return value;
        errors[field] = ["Value must be a finite number."];
        return null;
    }
}
