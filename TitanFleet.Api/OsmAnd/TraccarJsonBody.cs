using System.Text.Json.Serialization;

namespace TitanFleet.Api.OsmAnd;

/// <summary>The JSON body newer Traccar Client versions post; -1 means unknown; speed is m/s.</summary>
public sealed record TraccarJsonBody(
    [property: JsonPropertyName("device_id")] string? DeviceId,
    [property: JsonPropertyName("location")] TraccarJsonLocation? Location);
