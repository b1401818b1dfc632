using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TitanFleet.Tests.Geofences;

/// <summary>Geofence bodies and calls as the page sends them.</summary>
public static class GeofenceRequests
{
    /// <summary>A square about 1.1 km by 1.4 km around (51.505, -0.12), as WKT (longitude first).</summary>
    public const string SquareWkt = "POLYGON ((-0.13 51.5, -0.11 51.5, -0.11 51.51, -0.13 51.51, -0.13 51.5))";

    public const double InsideLatitude = 51.505;
    public const double InsideLongitude = -0.12;
    public const double OutsideLatitude = 51.49;

    public static JsonObject Polygon(string polygon = SquareWkt, string? name = null, int? minDwellSeconds = null, int? version = null)
    {
        var body = new JsonObject
        {
            ["name"] = name ?? $"Depot {Guid.NewGuid():N}"[..16],
            ["type"] = "depot",
            ["polygon"] = polygon,
        };
        if (minDwellSeconds is { } dwell) body["minDwellSeconds"] = dwell;
        if (version is { } v) body["version"] = v;
        return body;
    }

    public static JsonObject Circle(double latitude, double longitude, double radiusMetres, string? name = null) => new()
    {
        ["name"] = name ?? $"Site {Guid.NewGuid():N}"[..14],
        ["type"] = "customerSite",
        ["circle"] = new JsonObject { ["latitude"] = latitude, ["longitude"] = longitude, ["radiusMetres"] = radiusMetres },
    };

    public static async Task<JsonElement> CreateAsync(HttpClient client, JsonObject body)
    {
        using var response = await client.PostAsJsonAsync("/api/geofences", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Expected 201, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static Guid Id(this JsonElement geofence) => geofence.GetProperty("id").GetGuid();

    public static int Version(this JsonElement geofence) => geofence.GetProperty("version").GetInt32();
}
