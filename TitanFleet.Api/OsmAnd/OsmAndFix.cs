namespace TitanFleet.Api.OsmAnd;

/// <summary>A fix read from either OsmAnd form, converted to Titan Fleet units, before validation.</summary>
public sealed record OsmAndFix(string? DeviceUniqueId, string? RawTimestamp, DateTimeOffset? Timestamp, double? Latitude, double? Longitude,
    double? SpeedKmh, double? Heading, double? Accuracy, double? Altitude, double? Odometer);
