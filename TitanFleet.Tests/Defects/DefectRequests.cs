using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Defects;

/// <summary>Calls of the defects API as a client makes them, and defects inserted straight into the database.</summary>
public static class DefectRequests
{
    public static object Report(Guid vehicleId, string severity = "minor", string category = "Lights", string description = "Offside indicator out") =>
        new { vehicleId, category, description, severity };

    public static async Task<JsonElement> ReportAsync(HttpClient client, Guid vehicleId, string severity = "minor", string category = "Lights")
    {
        using var response = await client.PostAsJsonAsync("/api/defects", Report(vehicleId, severity, category));
        return await ReadSuccessAsync(response);
    }

    public static async Task<JsonElement> UpdateAsync(HttpClient client, JsonElement defect, object changes)
    {
        using var response = await client.PutAsJsonAsync($"/api/defects/{defect.Id()}", With(changes, defect.Version()));
        return await ReadSuccessAsync(response);
    }

    public static Dictionary<string, object?> With(object changes, int version)
    {
        var body = JsonSerializer.SerializeToNode(changes, JsonSerializerOptions.Web)!.AsObject()
            .ToDictionary(p => p.Key, p => (object?)p.Value?.DeepClone());
        body["version"] = version;
        return body;
    }

    public static async Task<JsonElement> GetAsync(HttpClient client, Guid defectId) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/defects/{defectId}");

    /// <summary>Acknowledges and starts the defect, then signs it off as rectified.</summary>
    public static async Task<JsonElement> RectifyAsync(HttpClient client, JsonElement defect)
    {
        var started = await UpdateAsync(client, defect, new { status = "inProgress" });
        using var response = await client.PostAsJsonAsync($"/api/defects/{started.Id()}/rectifications",
            new { outcome = "rectified", workDone = "Replaced the bulb", parts = "P21W bulb", costPence = 450 });
        return await ReadSuccessAsync(response);
    }

    public static async Task<string> VehicleStatusAsync(HttpClient manager, Guid vehicleId) =>
        (await manager.GetFromJsonAsync<JsonElement>($"/api/vehicles/{vehicleId}")).GetProperty("status").GetString()!;

    public static async Task<int> AuditCountAsync(string connectionString, string entityType, Guid entityId, string action)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM audit_log WHERE entity_type = @type AND entity_id = @id AND action = @action");
        command.Parameters.AddWithValue("type", entityType);
        command.Parameters.AddWithValue("id", entityId);
        command.Parameters.AddWithValue("action", action);
        return (int)(long)(await command.ExecuteScalarAsync())!;
    }

    public static async Task<JsonElement> ReadSuccessAsync(HttpResponseMessage response)
    {
        var json = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} failed with {(int)response.StatusCode}: {json}");
        return JsonDocument.Parse(json).RootElement;
    }

    /// <summary>Asserts a 409 problem+json and returns the fields it names and the body.</summary>
    public static async Task<(string[] Fields, JsonElement Problem)> ConflictAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Conflict, $"Expected 409, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        return ([.. problem.GetProperty("errors").EnumerateObject().Select(p => p.Name)], problem);
    }

    public static Guid Id(this JsonElement record) => record.GetProperty("id").GetGuid();

    public static int Version(this JsonElement record) => record.GetProperty("version").GetInt32();

    public static string Status(this JsonElement record) => record.GetProperty("status").GetString()!;
}
