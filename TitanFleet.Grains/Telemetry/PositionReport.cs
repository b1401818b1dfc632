namespace TitanFleet.Grains.Telemetry;

/// <summary>
/// One validated GPS fix for a vehicle, in Titan Fleet units (degrees, km/h, metres, UTC).
/// <paramref name="SourceId"/> is the device that sent it, or the user who posted it; with the
/// vehicle and fix time it identifies the fix, so a resend is recognised as a duplicate.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PositionReport(
    [property: Id(0)] Guid VehicleId,
    [property: Id(1)] Guid CompanyId,
    [property: Id(2)] Guid SourceId,
    [property: Id(3)] DateTimeOffset FixTime,
    [property: Id(4)] double Latitude,
    [property: Id(5)] double Longitude,
    [property: Id(6)] double? SpeedKmh,
    [property: Id(7)] double? Heading,
    [property: Id(8)] double? AccuracyMetres,
    [property: Id(9)] double? AltitudeMetres,
    [property: Id(10)] double? OdometerMetres);
