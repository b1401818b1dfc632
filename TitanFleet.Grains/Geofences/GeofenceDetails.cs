namespace TitanFleet.Grains.Geofences;

/// <summary>
/// What a manager sets on a geofence. Exactly one of <see cref="Circle"/> and <see cref="PolygonGeoJson"/>
/// is set; the polygon is GeoJSON Polygon text (longitude first), as <see cref="GeofenceShapes"/> normalised it.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record GeofenceDetails(
    [property: Id(0)] string Name,
    [property: Id(1)] string Type,
    [property: Id(2)] bool Active,
    [property: Id(3)] GeofenceCircle? Circle,
    [property: Id(4)] string? PolygonGeoJson,
    [property: Id(5)] GeofenceRules Rules)
{
    public string Shape => Circle is null ? GeofenceShapes.Polygon : GeofenceShapes.Circle;
}
