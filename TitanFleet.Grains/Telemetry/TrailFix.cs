namespace TitanFleet.Grains.Telemetry;

/// <summary>
/// One fix of a vehicle's trail as the trail endpoint reads it (degrees, km/h, metres, UTC): a value type, so a day of
/// 1,200 fixes allocates nothing per fix between the data reader and the JSON writer.
/// </summary>
public readonly record struct TrailFix(
    DateTimeOffset FixTime,
    double Latitude,
    double Longitude,
    double? SpeedKmh,
    double? Heading,
    double? AccuracyMetres,
    double? AltitudeMetres,
    double? OdometerMetres);
