namespace TitanFleet.Api.OsmAnd;

public static class TraccarJsonMapper
{
    private const double KmhPerMetrePerSecond = 3.6;

    public static OsmAndFix ToFix(TraccarJsonBody body, IDictionary<string, string[]> errors)
    {
        var location = body.Location;
        if (location is null) errors["location"] = ["Location is required."];
        var coords = location?.Coords;
        DateTimeOffset? timestamp = null;
        if (location?.Timestamp is { } raw)
        {
            if (OsmAndTimestamp.TryParse(raw, out var parsed)) timestamp = parsed;
            else errors["location.timestamp"] = ["Unrecognised timestamp."];
        }
        return new OsmAndFix(
            body.DeviceId,
            location?.Timestamp,
            timestamp,
            coords?.Latitude,
            coords?.Longitude,
            Known(coords?.Speed) * KmhPerMetrePerSecond,
            Known(coords?.Heading),
            Known(coords?.Accuracy),
            Known(coords?.Altitude),
            Known(location?.Odometer));
    }

    /// <summary>Traccar Client sends -1 for a value the phone does not know.</summary>
    private static double? Known(double? value) => value is { } v && v < 0 && Math.Abs(v + 1) < 1e-9 ? null : value;
}
