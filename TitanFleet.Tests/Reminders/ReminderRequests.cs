using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TitanFleet.Tests.Reminders;

/// <summary>Reminder bodies and calls as the page sends them.</summary>
public static class ReminderRequests
{
    public static JsonObject Dated(Guid? vehicleId, string type, DateOnly due, int? recurMonths = null, int? recurWeeks = null, string? title = null)
    {
        var body = new JsonObject { ["type"] = type, ["dueDate"] = due.ToString("yyyy-MM-dd") };
        if (vehicleId is { } id) body["vehicleId"] = id;
        if (recurMonths is { } months) body["recurMonths"] = months;
        if (recurWeeks is { } weeks) body["recurWeeks"] = weeks;
        if (title is not null) body["title"] = title;
        return body;
    }

    public static async Task<JsonElement> CreateAsync(HttpClient client, JsonObject body)
    {
        using var response = await client.PostAsJsonAsync("/api/reminders", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"create answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> CompleteAsync(HttpClient client, JsonElement reminder)
    {
        using var response = await client.PostAsJsonAsync($"/api/reminders/{reminder.GetProperty("id").GetGuid()}/complete",
            new { version = reminder.GetProperty("version").GetInt32() });
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"complete answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);
}
