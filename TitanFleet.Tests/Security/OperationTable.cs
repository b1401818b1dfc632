using System.Text.Json;
using System.Text.Json.Nodes;
using TitanFleet.Grains.Notifications;
using TitanFleet.Tests.Fixtures;
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
    public static readonly CallerRole[] FleetManagers = [Manager, Admin];
    public static readonly CallerRole[] UserAdmins = [Admin];
    public static readonly CallerRole[] ShiftWorkers = [Driver, Manager, Admin];
    public static readonly CallerRole[] DefectWorkers = [Mechanic, Manager, Admin];

    public static readonly IReadOnlyList<OperationRule> Rules =
    [
        // Auth
        new("POST /api/auth/login", Everyone) { Valid = c => Body(new { email = c.Email, password = TestCompany.Password }) },
        new("POST /api/auth/logout", Everyone) { EndsSession = true },
        new("GET /api/auth/me", SignedInUsers),

        // Ingestion
        new("POST /api/locations", PositionWriters) { Valid = c => Body(Position(c)) },
        new("POST /api/locations/batch", PositionWriters) { Valid = c => Body(new { positions = new[] { Position(c), Position(c, secondsEarlier: 1) } }) },
        new("GET /api/osmand", Everyone) { Valid = c => new ValidRequest($"id={c.Owner.Vehicles[0].DeviceUniqueId}&lat=51.5&lon=-0.12&timestamp={c.FixTime.ToUnixTimeSeconds()}&speed=10") },
        new("POST /api/osmand", Everyone) { Valid = c => Body(TraccarBody(c)) },

        // Vehicles
        new("GET /api/vehicles", FleetViewers),
        new("GET /api/vehicles/drivable", ShiftWorkers),
        new("GET /api/vehicles/{vehicleId}", FleetViewers) { Route = { ["vehicleId"] = RouteValue.Vehicle } },
        new("POST /api/vehicles", FleetManagers) { Valid = _ => Body(VehicleBody(version: null)) },
        new("PUT /api/vehicles/{vehicleId}", FleetManagers) { Route = { ["vehicleId"] = RouteValue.NewVehicle }, Valid = _ => Body(VehicleBody(SecurityRecords.FirstVersion)) },
        new("DELETE /api/vehicles/{vehicleId}", FleetManagers) { Route = { ["vehicleId"] = RouteValue.NewVehicle }, Valid = _ => new ValidRequest($"version={SecurityRecords.FirstVersion}") },
        new("GET /api/vehicles/{vehicleId}/live", FleetViewers) { Route = { ["vehicleId"] = RouteValue.Vehicle } },
        new("GET /api/vehicles/{vehicleId}/trail", FleetViewers)
        {
            Route = { ["vehicleId"] = RouteValue.Vehicle },
            Valid = c => new ValidRequest($"from={Uri.EscapeDataString(c.FixTime.AddHours(-1).ToString("O"))}&to={Uri.EscapeDataString(c.FixTime.AddHours(1).ToString("O"))}"),
        },

        // Devices: the new device of a revoke hangs off the vehicle the route names, so both are one company's.
        new("GET /api/vehicles/{vehicleId}/devices", FleetManagers) { Route = { ["vehicleId"] = RouteValue.Vehicle } },
        new("POST /api/vehicles/{vehicleId}/devices", FleetManagers) { Route = { ["vehicleId"] = RouteValue.Vehicle }, Valid = _ => Body(new { name = "Security phone" }) },
        new("DELETE /api/vehicles/{vehicleId}/devices/{deviceId}", FleetManagers) { Route = { ["vehicleId"] = RouteValue.Vehicle, ["deviceId"] = RouteValue.NewDevice } },

        // Users: writes go to new drivers, never to a user the harness signs in as.
        new("GET /api/users", FleetManagers),
        new("GET /api/users/me", SignedInUsers),
        new("GET /api/users/{userId}", FleetManagers) { Route = { ["userId"] = RouteValue.User } },
        new("POST /api/users", UserAdmins) { Valid = _ => Body(UserBody(version: null)) },
        new("PUT /api/users/{userId}", UserAdmins) { Route = { ["userId"] = RouteValue.NewDriver }, Valid = _ => Body(UserBody(SecurityRecords.FirstVersion)) },
        new("DELETE /api/users/{userId}", UserAdmins) { Route = { ["userId"] = RouteValue.NewDriver }, Valid = _ => new ValidRequest($"version={SecurityRecords.FirstVersion}") },
        new("POST /api/users/{userId}/setup-link", UserAdmins) { Route = { ["userId"] = RouteValue.NewDriver } },
        new("POST /api/users/setup-password", Everyone) { Valid = c => Body(new { token = SecurityRecords.NewSetupToken(c.Owner), password = "Chosen-Password-77" }) },
        new("PUT /api/users/{userId}/driver-profile", FleetManagers)
        {
            Route = { ["userId"] = RouteValue.NewDriver },
            Valid = _ => Body(new { licenceNumber = "MORGA753116SM9IJ", licenceCategories = new[] { "B", "C", "CE" }, licenceExpiry = "2031-04-30", cpcExpiry = "2027-09-01" }),
        },

        // Audit log
        new("GET /api/audit-logs", FleetManagers),

        // Files
        new("POST /api/files", SignedInUsers) { Valid = FileUpload },
        new("GET /api/files", SignedInUsers) { Valid = c => new ValidRequest($"entityType=vehicle&entityId={c.Owner.Vehicles[0].VehicleId}") },
        new("GET /api/files/{fileId}", SignedInUsers) { Route = { ["fileId"] = RouteValue.File } },
        new("GET /api/files/{fileId}/content", SignedInUsers) { Route = { ["fileId"] = RouteValue.File } },
        // Drivers and mechanics may delete only what they uploaded; the table's file is the admin's.
        new("DELETE /api/files/{fileId}", [Manager, Admin]) { Route = { ["fileId"] = RouteValue.DeletableFile } },

        // Walkaround checks: each submission checks an HGV of its own, so a dangerous fail the fuzz makes
        // up takes no other row's vehicle off road; new items go to the trailer list, so the HGV list the
        // submissions answer stays the built-in one; the read names a check the company's driver
        // submitted, which every role of the company may read.
        new("GET /api/check-items", SignedInUsers) { Valid = _ => new ValidRequest("vehicleType=hgv") },
        new("POST /api/check-items", FleetManagers) { Valid = _ => Body(new { vehicleType = "trailer", code = $"security_{Guid.NewGuid():N}", label = "Tail lift", category = "equipment", defaultSeverity = "minor" }) },
        new("POST /api/inspections", ShiftWorkers) { Valid = c => Body(InspectionBody(SecurityRecords.NewVehicle(c.Owner))) },
        new("GET /api/inspections", SignedInUsers) { Valid = c => new ValidRequest($"vehicleId={c.Owner.Vehicles[0].VehicleId}&hasDefects=false&limit=10") },
        new("GET /api/inspections/{inspectionId}", SignedInUsers) { Route = { ["inspectionId"] = RouteValue.Inspection } },
        // Defects: reads, comments and the rectification list name a defect the company's driver reported
        // (drivers see only their own); writes that change it get a new one each.
        new("GET /api/defects", SignedInUsers),
        new("GET /api/defects/{defectId}", SignedInUsers) { Route = { ["defectId"] = RouteValue.Defect } },
        new("POST /api/defects", ShiftWorkers)
        {
            Valid = c => Body(new { vehicleId = c.Owner.Vehicles[0].VehicleId, category = "Lights", description = "Offside indicator out", severity = "minor" }),
        },
        new("PUT /api/defects/{defectId}", DefectWorkers) { Route = { ["defectId"] = RouteValue.NewDefect }, Valid = _ => Body(new { version = SecurityRecords.FirstVersion, status = "acknowledged" }) },
        new("POST /api/defects/{defectId}/comments", SignedInUsers) { Route = { ["defectId"] = RouteValue.Defect }, Valid = _ => Body(new { body = "Bulb ordered" }) },
        new("POST /api/defects/{defectId}/rectifications", DefectWorkers)
        {
            Route = { ["defectId"] = RouteValue.NewDefect },
            Valid = _ => Body(new { outcome = "noCorrectionNeeded", reason = "Indicator works; the driver saw the hazard relay click" }),
        },
        new("GET /api/defects/{defectId}/rectifications", SignedInUsers) { Route = { ["defectId"] = RouteValue.Defect } },

        // Shifts and timesheets: the shift rows put the caller off or on shift first (SecurityShifts), since
        // whether a start, an activity or an end is accepted depends on the caller's own shift.
        new("GET /api/shifts/current", ShiftWorkers),
        new("POST /api/shifts", ShiftWorkers) { Valid = c => Body(new { vehicleId = SecurityShifts.OffDutyWithCheckedVehicle(c) }) },
        new("POST /api/shifts/current/activity", ShiftWorkers) { Valid = c => Body(new { activity = ShiftActivity(c) }) },
        new("POST /api/shifts/current/end", ShiftWorkers) { Valid = c => Body(new { odometerKm = ShiftEndOdometer(c) }) },
        new("GET /api/timesheets", SignedInUsers),
        new("GET /api/timesheets/{timesheetId}", SignedInUsers) { Route = { ["timesheetId"] = RouteValue.Timesheet } },
        new("PUT /api/timesheets/{timesheetId}", FleetManagers) { Route = { ["timesheetId"] = RouteValue.NewTimesheet }, Valid = c => Body(TimesheetCorrection(c)) },

        // Company settings: the valid PUT repeats the company's defaults, so it answers 200 without
        // bumping the version and stays valid however many times the harness sends it.
        new("GET /api/company", SignedInUsers),
        new("PUT /api/company", UserAdmins) { Valid = c => Body(CompanySettings(c)) },

        // Notifications (issue 11): each caller reads and marks only their own. The settings PUT sends the
        // defaults at the current version, which a fuzzed body the API accepts (no rules at all) may have moved on.
        new("GET /api/notifications", SignedInUsers) { Valid = _ => new ValidRequest("unread=true&limit=10") },
        new("GET /api/notifications/unread-count", SignedInUsers),
        new("POST /api/notifications/{notificationId}/read", SignedInUsers) { Route = { ["notificationId"] = RouteValue.Notification } },
        new("POST /api/notifications/read-all", SignedInUsers),
        new("GET /api/company/notification-settings", SignedInUsers),
        new("PUT /api/company/notification-settings", UserAdmins) { Valid = c => Body(DefaultNotificationSettings(c)) },

        // Geofences (issue 11)
        new("GET /api/geofences", FleetViewers),
        new("GET /api/geofences/{geofenceId}", FleetViewers) { Route = { ["geofenceId"] = RouteValue.Geofence } },
        new("GET /api/geofences/{geofenceId}/occupants", FleetViewers) { Route = { ["geofenceId"] = RouteValue.Geofence } },
        new("POST /api/geofences", FleetManagers) { Valid = _ => Body(GeofenceBody(version: null)) },
        new("PUT /api/geofences/{geofenceId}", FleetManagers) { Route = { ["geofenceId"] = RouteValue.NewGeofence }, Valid = _ => Body(GeofenceBody(SecurityRecords.FirstVersion)) },
        new("DELETE /api/geofences/{geofenceId}", FleetManagers) { Route = { ["geofenceId"] = RouteValue.NewGeofence }, Valid = _ => new ValidRequest($"version={SecurityRecords.FirstVersion}") },

        // Reminders (issue 11)
        new("GET /api/reminders", FleetViewers),
        new("GET /api/reminders/{reminderId}", FleetViewers) { Route = { ["reminderId"] = RouteValue.Reminder } },
        new("POST /api/reminders", FleetManagers) { Valid = c => Body(ReminderBody(c, version: null)) },
        new("PUT /api/reminders/{reminderId}", FleetManagers) { Route = { ["reminderId"] = RouteValue.NewReminder }, Valid = c => Body(ReminderBody(c, SecurityRecords.FirstVersion)) },
        new("POST /api/reminders/{reminderId}/complete", FleetManagers)
        {
            Route = { ["reminderId"] = RouteValue.NewReminder },
            Valid = _ => Body(new { version = SecurityRecords.FirstVersion }),
        },
        new("DELETE /api/reminders/{reminderId}", FleetManagers) { Route = { ["reminderId"] = RouteValue.NewReminder }, Valid = _ => new ValidRequest($"version={SecurityRecords.FirstVersion}") },
        new("POST /api/vehicles/{vehicleId}/reminders/defaults", FleetManagers)
        {
            Route = { ["vehicleId"] = RouteValue.NewVehicle },
            Valid = _ => Body(new { registrationDate = "2022-04-01", safetyInspectionWeeks = 6 }),
        },

        // Event history (issue 11): the feed's viewers read it; a driver is refused like any fleet record read.
        new("GET /api/events", FleetViewers)
        {
            Valid = c => new ValidRequest($"vehicleId={c.Owner.Vehicles[0].VehicleId}&type=defectRaised&type=vehicleOffRoad&from={Uri.EscapeDataString(c.FixTime.AddDays(-1).ToString("O"))}&limit=10"),
        },

        // Live map page
        new("GET /api/dashboard/config", FleetViewers),

        // SignalR transport: a valid connection needs a token from negotiate; HubFuzzTests drives the hub with a real client.
        // Drivers connect too, for their own notifications only (NotificationPushTests proves what they get).
        new("ANY /hubs/fleet/negotiate", SignedInUsers) { ValidMethod = "POST", Valid = _ => new ValidRequest("negotiateVersion=1") },
        new("ANY /hubs/fleet", SignedInUsers) { AllowedStatus = 400 },

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

    private static ValidRequest Body(object body) => new(Json: body as JsonNode ?? JsonSerializer.SerializeToNode(body, JsonSerializerOptions.Web));

    private static ValidRequest FileUpload(RequestContext c)
    {
        using var form = Api.Files.FileSamples.Form(Api.Files.FileSamples.Png, "photo.png", "image/png", c.Owner.Vehicles[0].VehicleId);
        using var body = new MemoryStream();
        form.CopyTo(body, context: null, CancellationToken.None);
        return new ValidRequest(Body: body.ToArray(), ContentType: form.Headers.ContentType!.ToString());
    }

    private static string ShiftActivity(RequestContext c)
    {
        SecurityShifts.OnShiftVehicle(c);
        return "break";
    }

    private static int ShiftEndOdometer(RequestContext c)
    {
        SecurityShifts.OnShiftVehicle(c);
        return 120_500;
    }

    private static object TimesheetCorrection(RequestContext c) => new
    {
        startedAt = c.FixTime.AddHours(-8),
        endedAt = c.FixTime,
        startOdometerKm = 100_000,
        endOdometerKm = 100_300,
        version = SecurityRecords.FirstVersion,
    };

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

    private static object DefaultNotificationSettings(RequestContext c) => new
    {
        rules = NotificationRules.Defaults.Select(rule => new { eventType = rule.EventType, roles = rule.Roles, severity = rule.Severity }).ToArray(),
        version = SecurityRecords.NotificationSettingsVersion(c.Owner),
    };

    /// <summary>A nil-defect check of an HGV: every item of the built-in list (sql/0061) passed.</summary>
    private static object InspectionBody(Guid vehicleId) => new
    {
        vehicleId,
        odometerKm = 120_450,
        fuelLevelPercent = 80,
        results = Checks.CheckRequests.HgvCodes.Select(code => new { itemCode = code, result = "pass" }).ToArray(),
    };

    /// <summary>A driver posts for their shift's vehicle only; everyone else for the company's first vehicle.</summary>
    private static object Position(RequestContext c, int secondsEarlier = 0) => new
    {
        vehicleId = c.Caller.Role == Driver ? SecurityShifts.OnShiftVehicle(c) : c.Owner.Vehicles[0].VehicleId,
        timestamp = c.FixTime.AddSeconds(-secondsEarlier),
        latitude = 51.5,
        longitude = -0.12,
        speed = 40.0,
        heading = 90.0,
    };

    /// <summary>A vehicle with a registration no other vehicle of the company has (create, or update when a version is given).</summary>
    private static JsonObject VehicleBody(int? version)
    {
        var body = new JsonObject
        {
            ["registration"] = TestCompanyFactory.Registration(Random.Shared.Next(100)),
            ["make"] = "Volvo",
            ["model"] = "FH16",
            ["year"] = 2022,
            ["type"] = "hgv",
            ["status"] = "active",
            ["mileageKm"] = 120_450,
            ["depot"] = "Leeds",
        };
        if (version is { } v) body["version"] = v;
        return body;
    }

    private static JsonObject GeofenceBody(int? version)
    {
        var body = new JsonObject
        {
            ["name"] = "Security depot",
            ["type"] = "depot",
            ["polygon"] = "POLYGON ((-0.13 51.5, -0.11 51.5, -0.11 51.51, -0.13 51.51, -0.13 51.5))",
            ["minDwellSeconds"] = 60,
            ["schedule"] = new JsonObject { ["days"] = new JsonArray("mon", "tue"), ["start"] = "06:00", ["end"] = "20:00" },
            ["speedLimitKmh"] = 30,
        };
        if (version is { } v) body["version"] = v;
        return body;
    }

    /// <summary>A yearly MOT of the company's first vehicle (create, or update when a version is given).</summary>
    private static JsonObject ReminderBody(RequestContext c, int? version)
    {
        var body = new JsonObject
        {
            ["vehicleId"] = c.Owner.Vehicles[0].VehicleId,
            ["type"] = "mot",
            ["title"] = "Annual test",
            ["notes"] = "Book at the Leeds ATF",
            ["dueDate"] = "2031-05-01",
            ["recurMonths"] = 12,
        };
        if (version is { } v) body["version"] = v;
        return body;
    }

    /// <summary>A driver with an email and username nobody has (create with a password, or update when a version is given).</summary>
    private static JsonObject UserBody(int? version)
    {
        var id = Guid.NewGuid().ToString("N");
        var body = new JsonObject
        {
            ["email"] = $"security.{id}@test.titanfleet.test",
            ["fullName"] = "Sam Security",
            ["username"] = $"sam.{id[..12]}",
            ["phone"] = "+44 7700 900123",
            ["role"] = "driver",
        };
        if (version is { } v)
        {
            body["active"] = true;
            body["version"] = v;
        }
        else
        {
            body["password"] = "Chosen-Password-77";
        }
        return body;
    }

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
