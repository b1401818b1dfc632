using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Npgsql;
using TitanFleet.Silo.Database;
using TitanFleet.Tests.Api.Users;
using TitanFleet.Tests.Api.Vehicles;
using TitanFleet.Tests.Commands;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Journeys;

/// <summary>
/// The records issue's "done when", walked as a customer would: an operator creates the company,
/// and from then on only the public API (and the live map's hub) is used, against a real silo process.
/// </summary>
public sealed class NewCompanyJourneyTests(CompanyCommandFixture fixture) : IClassFixture<CompanyCommandFixture>
{
    private const string AdminPassword = "Admin-Chosen-Pass-7";
    private const string DriverPassword = "Driver-Chosen-Pass-8";
    private static readonly TimeSpan PushTimeout = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task NewCompany_ApiAlone_PhonePositionReachesManagersMapAndEveryChangeIsAuditedImmutably()
    {
        // The operator creates the company and its first admin; the admin chooses a password with the one-time token.
        var adminEmail = $"admin-{Guid.NewGuid():N}@journey.example";
        var command = await CompanyCommandProcess.RunAsync(fixture.ConnectionString, null,
            "company", "create", "--name", "Journey Freight Ltd", "--admin-email", adminEmail, "--admin-name", "Jo Journey");
        Assert.True(command.ExitCode == 0, command.Error);
        var companyId = Guid.Parse(command.Line("company_id"));
        var adminId = Guid.Parse(command.Line("admin_user_id"));
        using var anonymous = fixture.Silo.CreateClient();
        (await anonymous.PostAsJsonAsync("/api/users/setup-password", new { token = command.Line("setup_token"), password = AdminPassword })).EnsureSuccessStatusCode();
        using var admin = await FleetHttp.SignInAsync(fixture.Silo.BaseAddress, adminEmail, AdminPassword);

        // The admin adds a vehicle, a manager (with a password) and a driver (with a set-up link).
        var vehicle = await CreatedAsync(admin.Client, "/api/vehicles", VehicleRequests.Create());
        var vehicleId = vehicle.GetProperty("id").GetGuid();
        var managerRequest = UserRequests.Create(role: "manager");
        var managerId = (await CreatedAsync(admin.Client, "/api/users", managerRequest)).GetProperty("user").GetProperty("id").GetGuid();
        var driverRequest = UserRequests.Create(role: "driver", password: null);
        var driverCreated = await CreatedAsync(admin.Client, "/api/users", driverRequest);
        var driverId = driverCreated.GetProperty("user").GetProperty("id").GetGuid();

        // The driver follows the set-up link, chooses a password and signs in.
        using var setPassword = await anonymous.PostAsJsonAsync("/api/users/setup-password",
            new { token = driverCreated.GetProperty("setupLink").GetProperty("token").GetString(), password = DriverPassword });
        Assert.Equal(HttpStatusCode.NoContent, setPassword.StatusCode);
        using var driver = await FleetHttp.SignInAsync(fixture.Silo.BaseAddress, (string)driverRequest["email"]!, DriverPassword);
        Assert.Equal(driverId, (await driver.Client.GetFromJsonAsync<JsonElement>("/api/auth/me")).GetProperty("id").GetGuid());

        // The admin registers the driver's phone for the vehicle; Traccar Client is set up from the response alone.
        var device = await CreatedAsync(admin.Client, $"/api/vehicles/{vehicleId}/devices", new { name = "Driver's phone", kind = "phone" });
        var deviceId = device.GetProperty("device").GetProperty("id").GetGuid();
        var traccar = device.GetProperty("traccarClient");
        var serverUrl = traccar.GetProperty("serverUrl").GetString()!;
        Assert.StartsWith(fixture.Silo.BaseAddress.ToString(), serverUrl, StringComparison.Ordinal);

        // The manager watches the live map while Traccar Client reports a position (OsmAnd: the URL plus query string).
        using var manager = await FleetHttp.SignInAsync(fixture.Silo.BaseAddress, (string)managerRequest["email"]!, UserRequests.Password);
        await using var map = await DashboardClient.ConnectAsync(fixture.Silo.BaseAddress, manager.Cookies);
        var fixTime = DateTimeOffset.UtcNow.AddSeconds(-2);
        using var report = await anonymous.GetAsync(string.Create(CultureInfo.InvariantCulture,
            $"{serverUrl}?id={Uri.EscapeDataString(traccar.GetProperty("deviceId").GetString()!)}&lat=53.8008&lon=-1.5491&speed=20&timestamp={fixTime.ToUnixTimeSeconds()}"));
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        var (_, pushed) = await map.WaitForAsync(update => update.VehicleId == vehicleId && update.Latitude is not null, PushTimeout);
        Assert.Equal((companyId, vehicle.GetProperty("registration").GetString(), 53.8008, -1.5491), (pushed.CompanyId, pushed.Registration, pushed.Latitude!.Value, pushed.Longitude!.Value));

        // Every change is in the audit log, as the company's manager reads it.
        var audit = await manager.Client.GetFromJsonAsync<JsonElement>("/api/audit-logs?limit=200");
        var entries = audit.GetProperty("items").EnumerateArray()
            .Select(entry => (Type: entry.GetProperty("entityType").GetString(), Id: entry.GetProperty("entityId").GetGuid(), Action: entry.GetProperty("action").GetString()))
            .ToList();
        (string?, Guid, string?)[] expected =
        [
            ("company", companyId, "create"), ("user", adminId, "create"), ("vehicle", vehicleId, "create"),
            ("user", managerId, "create"), ("user", driverId, "create"), ("device", deviceId, "create"),
        ];
        Assert.Empty(expected.Except(entries));
        Assert.Contains(entries, entry => entry is ("user", var id, "update") && id == driverId);

        // ...and PostgreSQL refuses to alter it on the application's own connection.
        await using var application = new NpgsqlConnection(ApplicationConnectionString());
        await application.OpenAsync();
        foreach (var alteration in new[] { "UPDATE audit_log SET action = 'update' WHERE company_id = @company", "DELETE FROM audit_log WHERE company_id = @company" })
        {
            await using var alter = new NpgsqlCommand(alteration, application);
            alter.Parameters.AddWithValue("company", companyId);
            var refused = await Assert.ThrowsAsync<PostgresException>(() => alter.ExecuteNonQueryAsync());
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        }
        var after = await manager.Client.GetFromJsonAsync<JsonElement>("/api/audit-logs?limit=200");
        Assert.Equal(entries.Count, after.GetProperty("items").GetArrayLength());
    }

    private static async Task<JsonElement> CreatedAsync(HttpClient client, string path, object body) =>
        await RecordAsserts.JsonAsync(await client.PostAsJsonAsync(path, body), HttpStatusCode.Created);

    /// <summary>The connection string exactly as the silo builds its runtime one from the same setting.</summary>
    private string ApplicationConnectionString() => PostgresConnectionString.Build(new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { [$"ConnectionStrings:{PostgresConnectionString.Name}"] = fixture.ConnectionString })
        .Build());
}
