using System.Net.Http.Json;
using System.Text.Json;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Api.Vehicles;

/// <summary>Request bodies and calls for the vehicles API, as a client writes them.</summary>
public static class VehicleRequests
{
    private const string VinCharacters = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";

    public static string NewRegistration() => TestCompanyFactory.Registration(Random.Shared.Next(100));

    public static string NewVin() => string.Concat(Enumerable.Range(0, 17).Select(_ => VinCharacters[Random.Shared.Next(VinCharacters.Length)]));

    public static Dictionary<string, object?> Create(string? registration = null, string? vin = null) => new()
    {
        ["registration"] = registration ?? NewRegistration(),
        ["make"] = "Volvo",
        ["model"] = "FH16",
        ["year"] = 2022,
        ["vin"] = vin ?? NewVin(),
        ["type"] = "hgv",
        ["mileageKm"] = 120_450,
        ["depot"] = "Leeds",
    };

    /// <summary>An update body that keeps every field of <paramref name="current"/> except those overridden.</summary>
    public static Dictionary<string, object?> UpdateFrom(JsonElement current, params (string Field, object? Value)[] changes)
    {
        var body = new Dictionary<string, object?>();
        foreach (var field in new[] { "registration", "make", "model", "vin", "type", "status", "depot" })
            body[field] = current.GetProperty(field).ValueKind == JsonValueKind.Null ? null : current.GetProperty(field).GetString();
        body["year"] = current.GetProperty("year").ValueKind == JsonValueKind.Null ? null : current.GetProperty("year").GetInt32();
        body["mileageKm"] = current.GetProperty("mileageKm").GetInt32();
        body["version"] = current.GetProperty("version").GetInt32();
        foreach (var (field, value) in changes) body[field] = value;
        return body;
    }

    public static async Task<JsonElement> CreateAsync(HttpClient client, Dictionary<string, object?>? body = null)
    {
        using var response = await client.PostAsJsonAsync("/api/vehicles", body ?? Create());
        var json = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Create failed with {(int)response.StatusCode}: {json}");
        return JsonDocument.Parse(json).RootElement;
    }

    public static Guid Id(this JsonElement vehicle) => vehicle.GetProperty("id").GetGuid();

    public static int Version(this JsonElement vehicle) => vehicle.GetProperty("version").GetInt32();
}
