using TitanFleet.Simulator.Fleet;
using TitanFleet.Simulator.Http;
using TitanFleet.Simulator.Plan;

namespace TitanFleet.Simulator.Bench;

/// <summary>The spec's benchmark list: the endpoints that exist, and those still to come.</summary>
public static class BenchEndpoints
{

    public static IReadOnlyList<BenchEndpoint> For(string cookie, int vehicles, IReadOnlyList<string> hgvCheckItems)
    {
        // Checks go to HGVs (demo index 2, 7, 12, ...: index % 5 == 2), all items passed, so none is taken off the road.
        var hgvs = Math.Max(1, (vehicles - 2) / 5 + 1);
        Guid Hgv(int n) => DemoIdentities.VehicleId(2 + 5 * (n % hgvs));
        // Each request is a new fix for a vehicle (cycling through the fleet), never a duplicate.
        var fleet = Enumerable.Range(1, vehicles).Select(i => new SimulatedVehicle(i)).ToArray();
        var batchStart = DateTimeOffset.UtcNow.AddHours(-5).AddTicks(Random.Shared.Next(10_000_000));
        return
        [
            new("GET /api/live", _ => ScenarioContext.Get("/api/live")),
            new("GET /api/health", _ => ScenarioContext.Get("/api/health")),
            new("GET /api/vehicles", _ => ScenarioContext.Get("/api/vehicles", cookie)),
            new("GET /api/vehicles/{id}/live", n => ScenarioContext.Get($"/api/vehicles/{DemoIdentities.VehicleId(1 + n % vehicles)}/live", cookie)),
            new("POST /api/locations", n => ScenarioContext.PostJson("/api/locations",
                PositionJson.Single(fleet[n % vehicles].Advance(DateTimeOffset.UtcNow)), DemoIdentities.DeviceToken(1 + n % vehicles))),
            new("POST /api/locations/batch (100)", n => ScenarioContext.PostJson("/api/locations/batch",
                PositionJson.Batch([.. Enumerable.Range(0, 100).Select(k => (fleet[n % vehicles].Advance(batchStart.AddSeconds(n * 100 + k)), (Guid?)null))]),
                DemoIdentities.DeviceToken(1 + n % vehicles))),
            new("GET /api/osmand", n => ScenarioContext.Get("/api/osmand?" + OsmAndQuery.For(DemoIdentities.OsmAndId(1 + n % vehicles),
                fleet[n % vehicles].Advance(DateTimeOffset.UtcNow.AddSeconds(-n))))),
            new("POST /api/inspections", n => ScenarioContext.PostJson("/api/inspections",
                System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(InspectionScenario.Submission(Hgv(n), hgvCheckItems, failedItem: null, odometerKm: 120_000 + n, fuelLevelPercent: 75)), null, cookie)),
            new("GET /api/inspections", n => ScenarioContext.Get($"/api/inspections?vehicleId={Hgv(n)}&limit=10", cookie)),
            new("GET /api/defects", _ => ScenarioContext.Get("/api/defects?open=true&limit=50", cookie)),
            new("reminders", null, "not yet: no endpoint"),
        ];
    }
}

