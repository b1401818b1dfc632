namespace TitanFleet.Grains.Vehicles;

/// <summary>
/// A vehicle's live state as dashboards see it: the payload of hub pushes, snapshots and the live
/// endpoint. Position fields are null until the vehicle has reported a fix. <see cref="Status"/> is
/// the live status; <see cref="RecordStatus"/> is the register's (active, vor, maintenance, retired).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record VehicleSnapshot(
    [property: Id(0)] Guid VehicleId,
    [property: Id(1)] Guid CompanyId,
    [property: Id(2)] string Registration,
    [property: Id(3)] VehicleStatus Status,
    [property: Id(4)] double? Latitude,
    [property: Id(5)] double? Longitude,
    [property: Id(6)] double? SpeedKmh,
    [property: Id(7)] double? Heading,
    [property: Id(8)] double? AccuracyMetres,
    [property: Id(9)] double? AltitudeMetres,
    [property: Id(10)] DateTimeOffset? FixTime,
    [property: Id(11)] double OdometerMetres,
    [property: Id(12)] string? DriverName,
    [property: Id(13)] DateTimeOffset? LastSeen,
    [property: Id(14)] string Type,
    [property: Id(15)] string RecordStatus);
