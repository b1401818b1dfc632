using System.Text.Json;
using System.Text.Json.Nodes;
using static TitanFleet.Tests.Security.CallerRole;

namespace TitanFleet.Tests.Security;

/// <summary>
/// THE expectations table of the security harness: one row per operation the silo maps and per hub
/// method. A new endpoint without a row fails FuzzTests, RoleMatrixTests and IsolationMatrixTests
/// with a message pointing here. A row says:
/// - the key, "METHOD /route/{param}" as the failure message prints it ("ANY" for endpoints mapped
///   without a method);
/// - which roles may call it (the others must get 401 when anonymous, 403 when signed in);
/// - how a valid request looks (query and/or JSON body, built from the company under test);
/// - which record each route parameter names (<see cref="RouteValue"/>): the isolation matrix asks
///   for company A's record as company B and expects 404.
/// </summary>
public static class OperationTable
{
    public static readonly CallerRole[] Everyone = CallerRoles.All;
    public static readonly CallerRole[] SignedInUsers = CallerRoles.Users;
    public static readonly CallerRole[] FleetViewers = [Mechanic, Manager, Admin];
    public static readonly CallerRole[] PositionWriters = [Device, Driver, Manager, Admin];

    public static readonly IReadOnlyList<OperationRule> Rules =
    [
        // Auth
        new("POST /api/auth/login", Everyone) { Valid = c => Body(new { email = c.Email, password = Fixtures.TestCompany.Password }) },
        new("POST /api/auth/logout", Everyone) { EndsSession = true },
        new("GET /api/auth/me", SignedInUsers),

        // Ingestion
        new("POST /api/locations", PositionWriters) { Valid = c => Body(Position(c)) },
        new("POST /api/locations/batch", PositionWriters) { Valid = c => Body(new { positions = new[] { Position(c), Position(c, secondsEarlier: 1) } }) },
        new("GET /api/osmand", Everyone) { Valid = c => new ValidRequest($"id={c.Owner.Vehicles[0].DeviceUniqueId}&lat=51.5&lon=-0.12&timestamp={c.FixTime.ToUnixTimeSeconds()}&speed=10") },
        new("POST /api/osmand", Everyone) { Valid = c => Body(TraccarBody(c)) },

        // Vehicles
        new("GET /api/vehicles", FleetViewers),
        new("GET /api/vehicles/{vehicleId}/live", FleetViewers) { Route = { ["vehicleId"] = RouteValue.Vehicle } },
        new("GET /api/vehicles/{vehicleId}/trail", FleetViewers)
        {
            Route = { ["vehicleId"] = RouteValue.Vehicle },
            Valid = c => new ValidRequest($"from={Uri.EscapeDataString(c.FixTime.AddHours(-1).ToString("O"))}&to={Uri.EscapeDataString(c.FixTime.AddHours(1).ToString("O"))}"),
        },

        // Company settings: the valid PUT repeats the company's defaults, so it answers 200 without
        // bumping the version and stays valid however many times the harness sends it.
        new("GET /api/company", SignedInUsers),
        new("PUT /api/company", [Admin]) { Valid = c => Body(CompanySettings(c)) },

        // Live map page
        new("GET /api/dashboard/config", FleetViewers),

        // SignalR transport: a valid connection needs a token from negotiate; HubFuzzTests drives the hub with a real client.
        new("ANY /hubs/fleet/negotiate", FleetViewers) { ValidMethod = "POST", Valid = _ => new ValidRequest("negotiateVersion=1") },
        new("ANY /hubs/fleet", FleetViewers) { AllowedStatus = 400 },

        // Operations
        new("ANY /api/live", Everyone),
        new("ANY /api/ready", Everyone),
        new("ANY /api/health", Everyone),
        new("ANY /metrics", Everyone),
        new("GET /{documentName}.json", Everyone) { Route = { ["documentName"] = RouteValue.Literal("api-docs") } },
        new("HEAD /{documentName}.json", Everyone) { Route = { ["documentName"] = RouteValue.Literal("api-docs") } },
    ];

    public static readonly IReadOnlyList<HubMethodRule> HubMethods =
    [
        new("GetSnapshot", FleetViewers),
    ];

    public static OperationRule? Find(Operation operation) => Rules.FirstOrDefault(rule => rule.Key == operation.Key);

    public static string MissingRuleMessage(IEnumerable<string> keys) =>
        $"No row in TitanFleet.Tests/Security/OperationTable.cs for: {string.Join(", ", keys)}. "
        + "Add one to OperationTable.Rules (or HubMethods) saying who may call it, how a valid request looks and which record each route value names.";

    private static ValidRequest Body(object body) => new(Json: JsonSerializer.SerializeToNode(body, JsonSerializerOptions.Web));

    private static object CompanySettings(RequestContext c) => new
    {
        name = c.Owner.Name,
        timeZone = "Europe/London",
        displayUnits = "mph_miles",
        speedLimitsKmh = new Dictionary<string, int> { ["hgv"] = 90, ["psv"] = 100, ["van"] = 112, ["car"] = 112 },
        walkaroundCheckDueAt = "07:00",
        reminderDueSoonDays = 14,
        osmAndEnabled = true,
        version = 1,
    };

    private static object Position(RequestContext c, int secondsEarlier = 0) => new
    {
        vehicleId = c.Owner.Vehicles[0].VehicleId,
        timestamp = c.FixTime.AddSeconds(-secondsEarlier),
        latitude = 51.5,
        longitude = -0.12,
        speed = 40.0,
        heading = 90.0,
    };

    private static JsonObject TraccarBody(RequestContext c) => new()
    {
        // The second vehicle's phone: each device has its own fix-rate budget, and the GET rows spend the first one's.
        ["device_id"] = c.Owner.Vehicles[1].DeviceUniqueId,
        ["location"] = new JsonObject
        {
            ["timestamp"] = c.FixTime.ToString("O"),
            ["coords"] = new JsonObject { ["latitude"] = 51.5, ["longitude"] = -0.12, ["speed"] = 5.0, ["heading"] = 90.0 },
            ["is_moving"] = true,
        },
    };
}
