using System.Text.Json.Serialization;

namespace TitanFleet.Api.OsmAnd;

public sealed record TraccarJsonCoords(
    [property: JsonPropertyName("latitude")] double? Latitude,
    [property: JsonPropertyName("longitude")] double? Longitude,
    [property: JsonPropertyName("speed")] double? Speed,
    [property: JsonPropertyName("heading")] double? Heading,
    [property: JsonPropertyName("accuracy")] double? Accuracy,
    [property: JsonPropertyName("altitude")] double? Altitude);
