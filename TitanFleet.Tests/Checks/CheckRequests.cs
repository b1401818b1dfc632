using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TitanFleet.Tests.Checks;

/// <summary>Walkaround checks as a driver's app builds them: the vehicle type's list read from the API, every item answered.</summary>
public static class CheckRequests
{
    /// <summary>The built-in HGV list of sql/0061, in list order (the test companies' vehicles are HGVs).</summary>
    public static readonly string[] HgvCodes =
    [
        "mirrors_glass", "wipers_washers", "front_view", "dashboard_warnings", "steering", "horn", "brakes_air", "height_marker",
        "seat_belts", "lights_indicators", "fuel_oil_leaks", "battery_security", "adblue", "exhaust_smoke", "body_wings",
        "spray_suppression", "tyres_wheels", "brake_lines", "electrical_connections", "coupling", "load_security", "number_plate",
        "reflectors", "markers",
    ];

    public static async Task<string[]> CodesAsync(HttpClient client, string vehicleType = "hgv")
    {
        var list = await client.GetFromJsonAsync<JsonElement>($"/api/check-items?vehicleType={vehicleType}");
        return [.. list.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("code").GetString()!)];
    }

    /// <summary>A check of the vehicle passing every code, with the given items replaced (a fail, a missing or extra one...).</summary>
    public static JsonObject Check(Guid vehicleId, IEnumerable<string> codes, params JsonObject[] overrides)
    {
        var replaced = overrides.Select(o => o["itemCode"]!.GetValue<string>()).ToHashSet();
        var results = new JsonArray();
        foreach (var code in codes.Where(code => !replaced.Contains(code))) results.Add(Pass(code));
        foreach (var result in overrides) results.Add(result);
        return new JsonObject { ["vehicleId"] = vehicleId, ["odometerKm"] = 120_000, ["fuelLevelPercent"] = 75, ["results"] = results };
    }

    public static JsonObject Pass(string code) => new() { ["itemCode"] = code, ["result"] = "pass" };

    public static JsonObject Fail(string code, string note, string? severity = null, params Guid[] photos)
    {
        var result = new JsonObject { ["itemCode"] = code, ["result"] = "fail", ["note"] = note };
        if (severity is not null) result["severity"] = severity;
        if (photos.Length > 0) result["photoFileIds"] = new JsonArray([.. photos.Select(p => (JsonNode)p.ToString())]);
        return result;
    }

    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, JsonObject check) =>
        await client.PostAsJsonAsync("/api/inspections", check);
}
