using System.Text.Json;

namespace TitanFleet.Simulator.Plan;

/// <summary>
/// A mechanic works the open-defect queue: list it, open one, then move it one step along the status
/// flow (acknowledge a reported one, start an acknowledged one) or, once in progress, comment and
/// half the time sign the rectification off, so the queue does not grow without bound over the run.
/// </summary>
public static class DefectScenario
{
    public static async Task RunAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        var cookie = context.MechanicCookie;
        using var list = await context.StepAsync("GET /api/defects", () => ScenarioContext.Get("/api/defects?open=true&limit=20", cookie), cancellationToken);
        if (list is null) return;
        var ids = DefectIds(await list.Content.ReadAsStringAsync(cancellationToken));
        if (ids.Length == 0) return;
        var id = ids[context.Random.Next(ids.Length)];
        using var read = await context.StepAsync("GET /api/defects/{id}", () => ScenarioContext.Get($"/api/defects/{id}", cookie), cancellationToken);
        if (read is null) return;
        var (status, version) = StatusAndVersion(await read.Content.ReadAsStringAsync(cancellationToken));
        if (status is "reported" or "acknowledged")
        {
            var next = JsonSerializer.SerializeToUtf8Bytes(new { version, status = status == "reported" ? "acknowledged" : "inProgress" });
            using var _ = await context.StepAsync("PUT /api/defects/{id}", () => ScenarioContext.PutJson($"/api/defects/{id}", next, cookie), cancellationToken);
            return;
        }
        var comment = JsonSerializer.SerializeToUtf8Bytes(new { body = "Load test: parts ordered" });
        using var commented = await context.StepAsync("POST /api/defects/{id}/comments", () => ScenarioContext.PostJson($"/api/defects/{id}/comments", comment, null, cookie), cancellationToken);
        if (context.Random.Next(2) == 0)
        {
            var signOff = JsonSerializer.SerializeToUtf8Bytes(new { outcome = "rectified", workDone = "Load test: replaced", costPence = 1250 });
            using var _ = await context.StepAsync("POST /api/defects/{id}/rectifications",
                () => ScenarioContext.PostJson($"/api/defects/{id}/rectifications", signOff, null, cookie), cancellationToken);
        }
    }

    public static Guid[] DefectIds(string pageJson)
    {
        using var document = JsonDocument.Parse(pageJson);
        return [.. document.RootElement.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetGuid())];
    }

    public static (string Status, int Version) StatusAndVersion(string defectJson)
    {
        using var document = JsonDocument.Parse(defectJson);
        return (document.RootElement.GetProperty("status").GetString()!, document.RootElement.GetProperty("version").GetInt32());
    }
}
