using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TitanFleet.Tests.Api.Company;

/// <summary>Builds company settings bodies for the tests: the current settings with some fields changed.</summary>
public static class CompanyRequests
{
    public static async Task<JsonElement> GetAsync(HttpClient client) => await client.GetFromJsonAsync<JsonElement>("/api/company");

    /// <summary>The PUT body for <paramref name="current"/> with <paramref name="changes"/> applied (a null value removes the field).</summary>
    public static JsonObject UpdateFrom(JsonElement current, params (string Field, object? Value)[] changes)
    {
        var body = new JsonObject();
        foreach (var field in new[] { "name", "timeZone", "displayUnits", "speedLimitsKmh", "walkaroundCheckDueAt", "reminderDueSoonDays", "osmAndEnabled", "version" })
            body[field] = JsonNode.Parse(current.GetProperty(field).GetRawText());
        foreach (var (field, value) in changes)
        {
            if (value is null) body.Remove(field);
            else body[field] = JsonSerializer.SerializeToNode(value);
        }
        return body;
    }
}
