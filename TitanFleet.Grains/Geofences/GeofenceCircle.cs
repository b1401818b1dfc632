namespace TitanFleet.Grains.Geofences;

/// <summary>A circular geofence: its centre in degrees and its radius in metres, measured on the sphere.</summary>
[GenerateSerializer, Immutable]
public sealed record GeofenceCircle(
    [property: Id(0)] double Latitude,
    [property: Id(1)] double Longitude,
    [property: Id(2)] double RadiusMetres)
{
    public const double MinRadiusMetres = 10;
    public const double MaxRadiusMetres = 100_000;
}
