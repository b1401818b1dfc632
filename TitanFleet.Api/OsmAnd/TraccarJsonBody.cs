using System.Text.Json.Serialization;

namespace TitanFleet.Api.OsmAnd;

/// <summary>The JSON body newer Traccar Client versions post; -1 means unknown; speed is m/s.</summary>
public sealed record TraccarJsonBody(
    [property: JsonPropertyName("device_id")] string? DeviceId,
    [property: JsonPropertyName("location")] TraccarJsonLocation? Location);

public sealed record TraccarJsonLocation(
    [property: JsonPropertyName("timestamp")] string? Timestamp,
    [property: JsonPropertyName("coords")] TraccarJsonCoords? Coords,
    [property: JsonPropertyName("is_moving")] bool? IsMoving,
    [property: JsonPropertyName("odometer")] double? Odometer,
    [property: JsonPropertyName("event")] string? Event);

public sealed record TraccarJsonCoords(
    [property: JsonPropertyName("latitude")] double? Latitude,
    [property: JsonPropertyName("longitude")] double? Longitude,
    [property: JsonPropertyName("speed")] double? Speed,
    [property: JsonPropertyName("heading")] double? Heading,
    [property: JsonPropertyName("accuracy")] double? Accuracy,
    [property: JsonPropertyName("altitude")] double? Altitude);
