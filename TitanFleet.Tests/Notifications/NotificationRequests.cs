using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using TitanFleet.Grains.Events;

namespace TitanFleet.Tests.Notifications;

/// <summary>What the notification tests send and read: a person's notifications, the company's rules, and events published straight to the sinks.</summary>
public static class NotificationRequests
{
    public static async Task<JsonElement[]> ListAsync(HttpClient client, string query = "")
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/notifications{query}");
        return [.. page.GetProperty("items").EnumerateArray()];
    }

    /// <summary>The person's notifications of one event (the tests' companies share a database, so each test names its own events).</summary>
    public static async Task<JsonElement[]> OfEventAsync(HttpClient client, Guid eventId) =>
        [.. (await ListAsync(client, "?limit=200")).Where(n => n.GetProperty("eventId").GetGuid() == eventId)];

    public static async Task<int> UnreadCountAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/notifications/unread-count")).GetProperty("unread").GetInt32();

    public static async Task<Guid> UserIdAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/auth/me")).GetProperty("id").GetGuid();

    public static JsonObject Rule(string eventType, params string[] roles) =>
        new() { ["eventType"] = eventType, ["roles"] = new JsonArray([.. roles.Select(r => (JsonNode)r)]) };

    public static JsonObject Settings(int version, params JsonObject[] rules) =>
        new() { ["rules"] = new JsonArray([.. rules]), ["version"] = version };

    public static Task<HttpResponseMessage> PutSettingsAsync(HttpClient admin, JsonObject settings) =>
        admin.PutAsJsonAsync("/api/company/notification-settings", settings);

    public static FleetEvent Event(Guid companyId, string type, Guid? driverId = null, string? severity = null) =>
        new(Guid.NewGuid(), companyId, type, DateTimeOffset.UtcNow, $"Test {type}", DriverId: driverId,
            Details: severity is null ? null : new Dictionary<string, string> { ["severity"] = severity });
}
