namespace TitanFleet.Api.Vehicles;

/// <summary>
/// One fix of a vehicle's trail (degrees, km/h, metres, UTC); which device sent it stays on the server. The HTTP
/// contract the OpenAPI document describes; <see cref="TrailResult"/> writes it field by field from the reader.
/// </summary>
public sealed record TrailPoint(
    DateTimeOffset FixTime,
    double Latitude,
    double Longitude,
    double? SpeedKmh,
    double? Heading,
    double? AccuracyMetres,
    double? AltitudeMetres,
    double? OdometerMetres);
