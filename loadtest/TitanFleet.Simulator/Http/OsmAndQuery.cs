using System.Globalization;
using TitanFleet.Simulator.Fleet;

namespace TitanFleet.Simulator.Http;

/// <summary>The OsmAnd / Traccar Client form: speed in knots, time as Unix seconds.</summary>
public static class OsmAndQuery
{
    private const double KmhPerKnot = 1.852;

    public static string For(string uniqueId, Fix fix) => string.Create(CultureInfo.InvariantCulture,
        $"id={Uri.EscapeDataString(uniqueId)}&lat={fix.Latitude:F6}&lon={fix.Longitude:F6}&timestamp={fix.Timestamp.ToUnixTimeSeconds()}" +
        $"&speed={fix.SpeedKmh / KmhPerKnot:F2}&bearing={fix.Heading:F1}&altitude={fix.AltitudeMetres:F0}&accuracy={fix.AccuracyMetres:F0}&odometer={fix.OdometerMetres:F0}");
}
