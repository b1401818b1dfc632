using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using TitanFleet.Grains.Geo;

namespace TitanFleet.Grains.Geofences;

/// <summary>
/// One active geofence as the spatial index holds it: a polygon with its own segment index (built
/// once, thread-safe), or a circle tested by distance on the sphere.
/// </summary>
public sealed class IndexedGeofence
{
    private const double MetresPerDegreeLatitude = 111_195;

    private readonly IPointOnGeometryLocator? _polygon;
    private readonly GeofenceCircle? _circle;

    public IndexedGeofence(GeofenceRecord record)
    {
        Id = record.Id;
        Name = record.Details.Name;
        Type = record.Details.Type;
        Rules = record.Details.Rules;
        if (record.Details.Circle is { } circle)
        {
            _circle = circle;
            // A box a little larger than the circle: the tree only preselects, the distance decides.
            var dLat = circle.RadiusMetres / MetresPerDegreeLatitude * 1.01;
            var dLon = dLat / Math.Max(Math.Cos(circle.Latitude * Math.PI / 180), 0.01);
            Envelope = new Envelope(circle.Longitude - dLon, circle.Longitude + dLon, circle.Latitude - dLat, circle.Latitude + dLat);
        }
        else
        {
            var polygon = GeofenceShapes.FromStored(record.Details.PolygonGeoJson!);
            Envelope = polygon.EnvelopeInternal;
            var locator = new IndexedPointInAreaLocator(polygon);
            // The locator builds its index on first use; build it here, off the ping path.
            locator.Locate(polygon.Centroid.Coordinate);
            _polygon = locator;
        }
    }

    public Guid Id { get; }

    public string Name { get; }

    public string Type { get; }

    public GeofenceRules Rules { get; }

    public Envelope Envelope { get; }

    /// <summary>Inside or on the edge.</summary>
    public bool Contains(double latitude, double longitude) => _circle is { } circle
        ? GeoMath.DistanceMetres(circle.Latitude, circle.Longitude, latitude, longitude) <= circle.RadiusMetres
        : _polygon!.Locate(new Coordinate(longitude, latitude)) != Location.Exterior;
}
