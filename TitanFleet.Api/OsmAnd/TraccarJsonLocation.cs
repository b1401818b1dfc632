using System.Text.Json.Serialization;

namespace TitanFleet.Api.OsmAnd;

public sealed record TraccarJsonLocation(
    [property: JsonPropertyName("timestamp")] string? Timestamp,
    [property: JsonPropertyName("coords")] TraccarJsonCoords? Coords,
    [property: JsonPropertyName("is_moving")] bool? IsMoving,
    [property: JsonPropertyName("odometer")] double? Odometer,
    [property: JsonPropertyName("event")] string? Event);
