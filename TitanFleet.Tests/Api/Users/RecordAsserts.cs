using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace TitanFleet.Tests.Api.Users;

/// <summary>Assertions the record resources' tests share: 409 problems naming a field, and the audit trail of one record.</summary>
public static class RecordAsserts
{
    /// <summary>Asserts a 409 problem+json body and returns the field it names.</summary>
    public static async Task<string> ConflictFieldAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Conflict, $"Expected 409, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return Assert.Single(JsonDocument.Parse(body).RootElement.GetProperty("errors").EnumerateObject()).Name;
    }

    /// <summary>The audit entries of one record, newest first, as a manager of its company reads them.</summary>
    public static async Task<JsonElement[]> AuditTrailAsync(HttpClient manager, string entityType, Guid entityId)
    {
        var page = await manager.GetFromJsonAsync<JsonElement>($"/api/audit-logs?entityType={entityType}&entityId={entityId}");
        return [.. page.GetProperty("items").EnumerateArray()];
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
