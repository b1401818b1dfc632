using System.Text.Json;
using System.Text.Json.Nodes;
using TitanFleet.Simulator.Fleet;

namespace TitanFleet.Simulator.Plan;

/// <summary>
/// A driver's walkaround on the phone: load the vehicle type's item list, submit a check (one in ten
/// with a minor failed item, so the defect queue the mechanics work keeps filling), then look at the
/// vehicle's recent checks. Never a dangerous failure: that would take a demo vehicle off the road.
/// </summary>
public static class InspectionScenario
{
    public const double MinorFailureShare = 0.1;

    public static async Task RunAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        var cookie = context.DriverCookie;
        var index = 1 + context.Random.Next(context.Vehicles);
        var vehicleId = DemoIdentities.VehicleId(index);
        var type = DemoIdentities.VehicleType(index);
        using var items = await context.StepAsync("GET /api/check-items", () => ScenarioContext.Get($"/api/check-items?vehicleType={type}", cookie), cancellationToken);
        if (items is null) return;
        var codes = ItemCodes(await items.Content.ReadAsStringAsync(cancellationToken));
        var random = context.Random;
        int? failed = random.NextDouble() < MinorFailureShare ? random.Next(codes.Length) : null;
        var body = JsonSerializer.SerializeToUtf8Bytes(Submission(vehicleId, codes, failed, 100_000 + random.Next(50_000), 20 + random.Next(80)));
        using var submitted = await context.StepAsync("POST /api/inspections", () => ScenarioContext.PostJson("/api/inspections", body, null, cookie), cancellationToken);
        using var recent = await context.StepAsync("GET /api/inspections", () => ScenarioContext.Get($"/api/inspections?vehicleId={vehicleId}&limit=10", cookie), cancellationToken);
    }

    public static string[] ItemCodes(string checkItemsJson)
    {
        using var document = JsonDocument.Parse(checkItemsJson);
        return [.. document.RootElement.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("code").GetString()!)];
    }

    /// <summary>A check of every item: all passed, or <paramref name="failedItem"/> (an index into the codes) failed as minor.</summary>
    public static JsonObject Submission(Guid vehicleId, IReadOnlyList<string> codes, int? failedItem, int odometerKm, int fuelLevelPercent)
    {
        var results = new JsonArray();
        for (var i = 0; i < codes.Count; i++)
        {
            results.Add(i == failedItem
                ? new JsonObject { ["itemCode"] = codes[i], ["result"] = "fail", ["severity"] = "minor", ["note"] = "Load test: worn but usable" }
                : new JsonObject { ["itemCode"] = codes[i], ["result"] = "pass" });
        }
        return new JsonObject
        {
            ["vehicleId"] = vehicleId,
            ["odometerKm"] = odometerKm,
            ["fuelLevelPercent"] = fuelLevelPercent,
            ["results"] = results,
        };
    }
}
