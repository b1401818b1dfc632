using System.Globalization;
using System.Text;
using TitanFleet.Grains.Geofences;

namespace TitanFleet.Benchmarks.Geofences;

/// <summary>
/// A company's worth of polygon geofences for benchmarks: star-shaped (so always simple) polygons
/// of 300-900 m radius scattered over the box that loadtest/wrk/single.lua's positions fill
/// (latitude 51.5-52.5, longitude -1.1 to -0.1), so ingestion runs and lookups hit them. Deterministic.
/// </summary>
public static class BenchGeofences
{
    public const int DefaultCount = 1_000;
    public const int DefaultVertices = 50;
    public const double South = 51.5, North = 52.5, West = -1.1, East = -0.1;
    private const double MetresPerDegreeLatitude = 111_195;

    public static IReadOnlyList<GeofenceRecord> Create(int count, int vertices, int seed = 11)
    {
        var random = new Random(seed);
        var records = new List<GeofenceRecord>(count);
        for (var i = 0; i < count; i++)
        {
            var latitude = South + random.NextDouble() * (North - South);
            var longitude = West + random.NextDouble() * (East - West);
            var radius = 300 + random.NextDouble() * 600;
            var details = new GeofenceDetails(
                Name: $"bench-{i:D4}",
                Type: GeofenceTypes.CustomerSite,
                Active: true,
                Circle: null,
                PolygonGeoJson: Star(latitude, longitude, radius, vertices, phase: random.NextDouble() * Math.PI),
                Rules: new GeofenceRules(AlertOnEnter: true, AlertOnExit: true, MinDwellSeconds: 0, Schedule: null));
            records.Add(new GeofenceRecord(Id: GuidFor(i), CompanyId: Guid.Empty, Details: details,
                CreatedAt: DateTimeOffset.UnixEpoch, UpdatedAt: DateTimeOffset.UnixEpoch, Version: 1));
        }
        return records;
    }

    /// <summary>Ids that sort and read as the benchmark's: ...-0000000000NN.</summary>
    public static Guid GuidFor(int index) => Guid.Parse($"b3c4f00d-0000-4000-8000-{index:D12}");

    private static string Star(double latitude, double longitude, double radiusMetres, int vertices, double phase)
    {
        var text = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[[");
        var metresPerDegreeLongitude = MetresPerDegreeLatitude * Math.Cos(latitude * Math.PI / 180);
        for (var k = 0; k <= vertices; k++)
        {
            var angle = 2 * Math.PI * (k % vertices) / vertices;
            var r = radiusMetres * (0.75 + 0.25 * Math.Sin(3 * angle + phase));
            var lon = longitude + r * Math.Cos(angle) / metresPerDegreeLongitude;
            var lat = latitude + r * Math.Sin(angle) / MetresPerDegreeLatitude;
            if (k > 0) text.Append(',');
            text.Append(CultureInfo.InvariantCulture, $"[{lon:F6},{lat:F6}]");
        }
        return text.Append("]]}").ToString();
    }
}
