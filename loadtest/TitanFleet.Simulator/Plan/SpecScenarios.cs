using System.Text.Json;
using TitanFleet.Simulator.Fleet;
using TitanFleet.Simulator.Http;

namespace TitanFleet.Simulator.Plan;

/// <summary>The spec's scenario mix, in the spec's weights.</summary>
public static class SpecScenarios
{
    private static readonly string[] LoginRoles = ["admin", "manager", "mechanic", "driver"];

    /// <summary>Whom the authentication journey signs in, each hundreds of times in a run.</summary>
    public static IEnumerable<string> LoginEmails => LoginRoles.Select(DemoIdentities.Email);

    public static readonly IReadOnlyList<Scenario> All =
    [
        new("authentication", 20, AuthenticateAsync),
        new("vehicle inspection", 30, InspectionScenario.RunAsync),
        new("defect management", 20, DefectScenario.RunAsync),
        new("GPS tracking", 15, TrackAsync),
        new("dashboard reads", 15, ReadDashboardAsync),
    ];

    /// <summary>Sign in as one of the demo users, then ask who we are with the new cookie.</summary>
    private static async Task AuthenticateAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        var role = LoginRoles[context.Random.Next(LoginRoles.Length)];
        var body = JsonSerializer.SerializeToUtf8Bytes(new { email = DemoIdentities.Email(role), password = DemoIdentities.Password });
        using var login = await context.StepAsync("POST /api/auth/login", () => ScenarioContext.PostJson("/api/auth/login", body), cancellationToken);
        if (login is null || FleetHttp.CookieFrom(login) is not { } cookie) return;
        using var me = await context.StepAsync("GET /api/auth/me", () => ScenarioContext.Get("/api/auth/me", cookie), cancellationToken);
    }

    /// <summary>A phone sends three fixes a second apart.</summary>
    private static async Task TrackAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        var index = 1 + context.Random.Next(context.Vehicles);
        var vehicle = new SimulatedVehicle(index);
        var token = DemoIdentities.DeviceToken(index);
        for (var i = 0; i < 3; i++)
        {
            if (i > 0) await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            var body = PositionJson.Single(vehicle.Advance(DateTimeOffset.UtcNow));
            using var _ = await context.StepAsync("POST /api/locations", () => ScenarioContext.PostJson("/api/locations", body, token), cancellationToken);
        }
    }

    /// <summary>A manager's dashboard (already signed in) lists the fleet, opens one vehicle and checks health.</summary>
    private static async Task ReadDashboardAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        var cookie = context.DashboardCookie;
        using var list = await context.StepAsync("GET /api/vehicles", () => ScenarioContext.Get("/api/vehicles", cookie), cancellationToken);
        var vehicleId = DemoIdentities.VehicleId(1 + context.Random.Next(context.Vehicles));
        using var live = await context.StepAsync("GET /api/vehicles/{id}/live", () => ScenarioContext.Get($"/api/vehicles/{vehicleId}/live", cookie), cancellationToken);
        using var health = await context.StepAsync("GET /api/health", () => ScenarioContext.Get("/api/health"), cancellationToken);
    }
}
