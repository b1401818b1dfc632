namespace TitanFleet.Simulator.Routes;

/// <summary>A WGS-84 point in degrees.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude);
