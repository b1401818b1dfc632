namespace TitanFleet.Api.Locations;

/// <summary>
/// One position as a driver app posts it. Units: degrees, km/h, metres, heading clockwise from
/// north. <see cref="VehicleId"/> may be omitted by a device (its bound vehicle is used).
/// </summary>
public sealed record PositionInput(
    Guid? VehicleId,
    DateTimeOffset? Timestamp,
    double? Latitude,
    double? Longitude,
    double? Speed,
    double? Heading,
    double? Accuracy,
    double? Altitude,
    double? Odometer);
