namespace TitanFleet.Api.Geofences;

/// <summary>A circle as a request gives it: centre in degrees, radius in metres (10 m to 100 km).</summary>
public sealed record GeofenceCircleInput(double? Latitude, double? Longitude, double? RadiusMetres);
