using TitanFleet.Grains.Telemetry;

namespace TitanFleet.Api.Vehicles;

/// <summary>One fix of a vehicle's trail (degrees, km/h, metres, UTC); which device sent it stays on the server.</summary>
public sealed record TrailPoint(
    DateTimeOffset FixTime,
    double Latitude,
    double Longitude,
    double? SpeedKmh,
    double? Heading,
    double? AccuracyMetres,
    double? AltitudeMetres,
    double? OdometerMetres)
{
    public static TrailPoint From(PositionReport report) => new(
        FixTime: report.FixTime, Latitude: report.Latitude, Longitude: report.Longitude, SpeedKmh: report.SpeedKmh, Heading: report.Heading,
        AccuracyMetres: report.AccuracyMetres, AltitudeMetres: report.AltitudeMetres, OdometerMetres: report.OdometerMetres);
}
