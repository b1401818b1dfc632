using System.Net;
using System.Text.Json;

namespace TitanFleet.Tests.Shifts;

public static class ShiftProblemAssert
{
    /// <summary>Asserts a problem+json answer of the status naming the field; returns the problem.</summary>
    public static async Task<JsonElement> NamesFieldAsync(HttpResponseMessage response, HttpStatusCode status, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"The problem does not name {field}: {body}");
        return problem;
    }
}
