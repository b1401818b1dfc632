using System.Globalization;
using System.Text;
using System.Text.Json;
using NetTopologySuite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using NetTopologySuite.Operation.Valid;

namespace TitanFleet.Grains.Geofences;

/// <summary>
/// Reads a polygon given as WKT (<c>POLYGON ((lon lat, ...))</c>) or GeoJSON text (a Polygon, or a
/// Feature holding one) and says exactly what is wrong with it; stores it as GeoJSON. Coordinates
/// are longitude/latitude treated as a plane, which over a geofence's few kilometres is well inside
/// GPS error; circles are measured on the sphere instead (<see cref="CompanyGeofences"/>).
/// </summary>
public static class GeofenceShapes
{
    public const string Circle = "circle";
    public const string Polygon = "polygon";
    public const int MaxVertices = 1_000;
    public const int MaxTextLength = 100_000;

    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    /// <summary>The polygon, or the problem (a sentence naming it, e.g. "self-intersection at 51.5, -0.1").</summary>
    public static bool TryParse(string text, out NetTopologySuite.Geometries.Polygon? polygon, out string? problem)
    {
        polygon = null;
        problem = Read(text, out var rings);
        if (problem is null) problem = Check(rings!);
        if (problem is not null) return false;

        var shell = Factory.CreateLinearRing(rings![0]);
        var holes = rings.Skip(1).Select(Factory.CreateLinearRing).ToArray();
        var candidate = Factory.CreatePolygon(shell, holes);
        if (new IsValidOp(candidate).ValidationError is { } error)
        {
            problem = $"{error.Message.ToLowerInvariant()} at {Format(error.Coordinate)}";
            return false;
        }
        polygon = candidate;
        return true;
    }

    /// <summary>Reads text this class wrote (or validated): the stored form.</summary>
    public static NetTopologySuite.Geometries.Polygon FromStored(string geoJson)
    {
        if (Read(geoJson, out var rings) is { } problem) throw new FormatException("Stored geofence polygon is unreadable: " + problem);
        return Factory.CreatePolygon(Factory.CreateLinearRing(rings![0]), [.. rings.Skip(1).Select(Factory.CreateLinearRing)]);
    }

    public static string ToGeoJson(NetTopologySuite.Geometries.Polygon polygon)
    {
        var text = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[");
        var rings = new[] { polygon.ExteriorRing }.Concat(polygon.InteriorRings).ToArray();
        for (var r = 0; r < rings.Length; r++)
        {
            if (r > 0) text.Append(',');
            text.Append('[');
            var coordinates = rings[r].Coordinates;
            for (var i = 0; i < coordinates.Length; i++)
            {
                if (i > 0) text.Append(',');
                text.Append(CultureInfo.InvariantCulture, $"[{coordinates[i].X:R},{coordinates[i].Y:R}]");
            }
            text.Append(']');
        }
        return text.Append("]}").ToString();
    }

    private static string? Read(string text, out List<Coordinate[]>? rings)
    {
        rings = null;
        if (string.IsNullOrWhiteSpace(text)) return "a polygon is required";
        if (text.Length > MaxTextLength) return $"the text is longer than {MaxTextLength} characters";
        var trimmed = text.TrimStart();
        return trimmed.StartsWith('{') ? ReadGeoJson(trimmed, out rings) : ReadWkt(trimmed, out rings);
    }

    private static string? ReadWkt(string text, out List<Coordinate[]>? rings)
    {
        rings = null;
        if (!text.StartsWith("POLYGON", StringComparison.OrdinalIgnoreCase))
            return "must be WKT (POLYGON ((lon lat, ...))) or GeoJSON Polygon text";
        try
        {
            // Keep the reader from closing open rings itself: an open ring is a mistake to report.
            var geometry = new WKTReader(NtsGeometryServices.Instance) { FixStructure = false }.Read(text);
            if (geometry is not NetTopologySuite.Geometries.Polygon read) return "must be a single POLYGON";
            rings = [read.ExteriorRing.Coordinates, .. read.InteriorRings.Select(ring => ring.Coordinates)];
            return null;
        }
        catch (ArgumentException exception) when (exception.Message.Contains("closed", StringComparison.OrdinalIgnoreCase))
        {
            return "the ring is not closed: its last vertex must repeat its first";
        }
        catch (Exception exception) when (exception is ParseException or ArgumentException or FormatException)
        {
            return "is not readable WKT: " + exception.Message;
        }
    }

    private static string? ReadGeoJson(string text, out List<Coordinate[]>? rings)
    {
        rings = null;
        try
        {
            using var document = JsonDocument.Parse(text);
            var geometry = document.RootElement;
            if (geometry.ValueKind == JsonValueKind.Object && Type(geometry) == "Feature" && geometry.TryGetProperty("geometry", out var inner)) geometry = inner;
            if (geometry.ValueKind != JsonValueKind.Object || Type(geometry) != "Polygon") return "GeoJSON must be a Polygon (or a Feature holding one)";
            if (!geometry.TryGetProperty("coordinates", out var coordinates) || coordinates.ValueKind != JsonValueKind.Array)
                return "GeoJSON Polygon has no coordinates array";
            var read = new List<Coordinate[]>();
            foreach (var ring in coordinates.EnumerateArray())
            {
                if (ring.ValueKind != JsonValueKind.Array) return "each GeoJSON ring must be an array of [longitude, latitude] positions";
                var points = new List<Coordinate>();
                foreach (var position in ring.EnumerateArray())
                {
                    if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() < 2
                        || position[0].ValueKind != JsonValueKind.Number || position[1].ValueKind != JsonValueKind.Number)
                        return $"vertex {points.Count + 1} is not a [longitude, latitude] position";
                    points.Add(new Coordinate(position[0].GetDouble(), position[1].GetDouble()));
                    if (points.Count > MaxVertices + 1) return $"has more than {MaxVertices} vertices; at most {MaxVertices} are allowed";
                }
                read.Add([.. points]);
            }
            rings = read;
            return null;
        }
        catch (JsonException exception)
        {
            return "is not readable GeoJSON: " + exception.Message;
        }
    }

    private static string? Check(List<Coordinate[]> rings)
    {
        if (rings.Count == 0) return "has no ring";
        var vertices = 0;
        foreach (var ring in rings)
        {
            for (var i = 0; i < ring.Length; i++)
            {
                var c = ring[i];
                if (!double.IsFinite(c.X) || !double.IsFinite(c.Y) || c.X is < -180 or > 180 || c.Y is < -90 or > 90)
                    return $"vertex {i + 1} is out of range (longitude -180..180, latitude -90..90)";
            }
            if (ring.Length < 4) return "a ring needs at least 3 distinct vertices and its first repeated as its last";
            if (!ring[0].Equals2D(ring[^1])) return "the ring is not closed: its last vertex must repeat its first";
            vertices += ring.Length - 1;
        }
        return vertices > MaxVertices ? $"has {vertices} vertices; at most {MaxVertices} are allowed" : null;
    }

    private static string? Type(JsonElement element) =>
        element.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString() : null;

    private static string Format(Coordinate? coordinate) => coordinate is null
        ? "an unknown point"
        : string.Create(CultureInfo.InvariantCulture, $"{coordinate.Y:0.######}, {coordinate.X:0.######} (latitude, longitude)");
}
