using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TitanFleet.Tests.Api.Users;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Api.Devices;

/// <summary>/api/vehicles/{id}/devices against a real silo: registration, the one-time token, revocation, conflicts and isolation.</summary>
[Collection(SingleSiloCollection.Name)]
public sealed class DevicesApiTests(SingleSiloFixture fixture)
{
    [Fact]
    public async Task Register_Default_TokenAndGeneratedIdBothPostPositions()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicleId = company.Vehicles[0].VehicleId;
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));

        using var response = await manager.Client.PostAsJsonAsync($"/api/vehicles/{vehicleId}/devices", new { name = "Dana's phone" });

        var created = await RecordAsserts.JsonAsync(response, HttpStatusCode.Created);
        var device = created.GetProperty("device");
        var uniqueId = device.GetProperty("uniqueId").GetString()!;
        Assert.Matches("^[a-z2-7]{24}$", uniqueId);
        Assert.Equal(("phone", JsonValueKind.Null), (device.GetProperty("kind").GetString(), device.GetProperty("revokedAt").ValueKind));
        Assert.Equal($"{fixture.BaseAddress.ToString().TrimEnd('/')}/api/osmand", created.GetProperty("traccarClient").GetProperty("serverUrl").GetString());
        Assert.Equal(uniqueId, created.GetProperty("traccarClient").GetProperty("deviceId").GetString());

        using var withToken = FleetHttp.Device(fixture.BaseAddress, created.GetProperty("token").GetString()!);
        using var posted = await withToken.PostAsJsonAsync("/api/locations", FleetHttp.Position(DateTimeOffset.UtcNow.AddSeconds(-10), 51.5, -0.12));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        using var anonymous = fixture.Silo.CreateClient();
        using var osmand = await anonymous.GetAsync($"/api/osmand?id={uniqueId}&lat=51.6&lon=-0.13&timestamp={DateTimeOffset.UtcNow.ToUnixTimeSeconds()}");
        Assert.Equal(HttpStatusCode.OK, osmand.StatusCode);
        Assert.Equal(2, await HistoryQueries.CountAsync(fixture.ConnectionString, vehicleId));
    }

    [Fact]
    public async Task Register_TrackerImei_UsedAsIdAndSecondUse409NamingUniqueId()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 2);
        var other = await fixture.NewCompanyAsync(vehicles: 1);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("admin"));
        using var otherManager = await FleetHttp.SignInAsync(fixture.BaseAddress, other.Email("manager"));
        var imei = TestImei.New();

        var created = await RecordAsserts.JsonAsync(
            await manager.Client.PostAsJsonAsync($"/api/vehicles/{company.Vehicles[0].VehicleId}/devices", new { name = "Cab tracker", kind = "tracker", uniqueId = imei }),
            HttpStatusCode.Created);
        using var sameVehicle = await manager.Client.PostAsJsonAsync($"/api/vehicles/{company.Vehicles[1].VehicleId}/devices", new { name = "Copy", uniqueId = imei });
        using var otherCompany = await otherManager.Client.PostAsJsonAsync($"/api/vehicles/{other.Vehicles[0].VehicleId}/devices", new { name = "Copy", uniqueId = imei });

        Assert.Equal((imei, "tracker"), (created.GetProperty("device").GetProperty("uniqueId").GetString(), created.GetProperty("device").GetProperty("kind").GetString()));
        Assert.Equal("uniqueId", await RecordAsserts.ConflictFieldAsync(sameVehicle));
        Assert.Equal("uniqueId", await RecordAsserts.ConflictFieldAsync(otherCompany));
        var list = await otherManager.Client.GetFromJsonAsync<JsonElement>($"/api/vehicles/{other.Vehicles[0].VehicleId}/devices");
        Assert.Equal(1, list.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("name", "\"\"")]
    [InlineData("name", "null")]
    [InlineData("name", "\"Bad\\u0000name\"")]
    [InlineData("kind", "\"tablet\"")]
    [InlineData("uniqueId", "\"12345\"")]
    [InlineData("uniqueId", "\"my-own-guessable-id\"")]
    [InlineData("uniqueId", "\"WRONG_CHECK_DIGIT\"")]
    public async Task Register_InvalidField_400NamingItAndNothingWritten(string field, string json)
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicleId = company.Vehicles[0].VehicleId;
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var body = new System.Text.Json.Nodes.JsonObject { ["name"] = "Phone", ["kind"] = "phone" };
        body[field] = System.Text.Json.Nodes.JsonNode.Parse(json == "\"WRONG_CHECK_DIGIT\"" ? $"\"{TestImei.WithWrongCheckDigit(TestImei.New())}\"" : json);

        using var response = await manager.Client.PostAsync($"/api/vehicles/{vehicleId}/devices",
            new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal([field], (await ProblemAssert.ValidationErrorsAsync(response)).Keys);
        var list = await manager.Client.GetFromJsonAsync<JsonElement>($"/api/vehicles/{vehicleId}/devices");
        Assert.Equal(1, list.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task List_Devices_NeverShowsATokenOrHash()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicleId = company.Vehicles[0].VehicleId;
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var token = (await RecordAsserts.JsonAsync(await manager.Client.PostAsJsonAsync($"/api/vehicles/{vehicleId}/devices", new { name = "Phone 2" }), HttpStatusCode.Created))
            .GetProperty("token").GetString()!;

        var json = await manager.Client.GetStringAsync($"/api/vehicles/{vehicleId}/devices");

        var items = JsonDocument.Parse(json).RootElement.GetProperty("items");
        Assert.Equal(["test phone", "Phone 2"], items.EnumerateArray().Select(d => d.GetProperty("name").GetString()));
        Assert.DoesNotContain("token", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("sha256", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(token[^20..], json);
    }

    [Fact]
    public async Task Revoke_Device_NextPostsRefusedOnTokenAndOsmAndIdAndAudited()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicle = company.Vehicles[0];
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        using var device = FleetHttp.Device(fixture.BaseAddress, vehicle.DeviceToken);
        using var anonymous = fixture.Silo.CreateClient();
        (await device.PostAsJsonAsync("/api/locations", FleetHttp.Position(DateTimeOffset.UtcNow.AddSeconds(-20), 51.5, 0))).EnsureSuccessStatusCode();
        (await anonymous.GetAsync($"/api/osmand?id={vehicle.DeviceUniqueId}&lat=51.5&lon=0&timestamp={DateTimeOffset.UtcNow.AddSeconds(-15).ToUnixTimeSeconds()}")).EnsureSuccessStatusCode();

        using var revoke = await manager.Client.DeleteAsync($"/api/vehicles/{vehicle.VehicleId}/devices/{vehicle.DeviceId}");

        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        using var byToken = await device.PostAsJsonAsync("/api/locations", FleetHttp.Position(DateTimeOffset.UtcNow, 51.5, 0));
        Assert.Equal(HttpStatusCode.Unauthorized, byToken.StatusCode);
        using var byId = await anonymous.GetAsync($"/api/osmand?id={vehicle.DeviceUniqueId}&lat=51.5&lon=0&timestamp={DateTimeOffset.UtcNow.ToUnixTimeSeconds()}");
        Assert.Equal(["id"], (await ProblemAssert.ValidationErrorsAsync(byId)).Keys);
        Assert.Equal(2, await HistoryQueries.CountAsync(fixture.ConnectionString, vehicle.VehicleId));
        var entry = Assert.Single(await RecordAsserts.AuditTrailAsync(manager.Client, "device", vehicle.DeviceId));
        Assert.Equal("delete", entry.GetProperty("action").GetString());
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("changes").GetProperty("revokedAt").GetProperty("before").ValueKind);
        var listed = (await manager.Client.GetFromJsonAsync<JsonElement>($"/api/vehicles/{vehicle.VehicleId}/devices")).GetProperty("items")[0];
        Assert.NotEqual(JsonValueKind.Null, listed.GetProperty("revokedAt").ValueKind);
        using var again = await manager.Client.DeleteAsync($"/api/vehicles/{vehicle.VehicleId}/devices/{vehicle.DeviceId}");
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        Assert.Single(await RecordAsserts.AuditTrailAsync(manager.Client, "device", vehicle.DeviceId));
    }

    [Fact]
    public async Task Register_Created_AuditedWithoutTheToken()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var created = await RecordAsserts.JsonAsync(
            await manager.Client.PostAsJsonAsync($"/api/vehicles/{company.Vehicles[0].VehicleId}/devices", new { name = "Phone 3" }), HttpStatusCode.Created);
        var deviceId = created.GetProperty("device").GetProperty("id").GetGuid();

        var entry = Assert.Single(await RecordAsserts.AuditTrailAsync(manager.Client, "device", deviceId));

        Assert.Equal("create", entry.GetProperty("action").GetString());
        Assert.Equal("Phone 3", entry.GetProperty("changes").GetProperty("name").GetProperty("after").GetString());
        var secret = created.GetProperty("token").GetString()!.Split('_')[^1];
        Assert.DoesNotContain(secret, entry.GetRawText());
    }

    [Fact]
    public async Task Register_RetiredVehicle_409NamingVehicleId()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicleId = company.Vehicles[0].VehicleId;
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        (await manager.Client.DeleteAsync($"/api/vehicles/{vehicleId}?version=1")).EnsureSuccessStatusCode();

        using var response = await manager.Client.PostAsJsonAsync($"/api/vehicles/{vehicleId}/devices", new { name = "Late phone" });

        Assert.Equal("vehicleId", await RecordAsserts.ConflictFieldAsync(response));
    }

    [Fact]
    public async Task EveryAction_OtherCompanysVehicleOrDevice_404AndDeviceStillWorks()
    {
        var mine = await fixture.NewCompanyAsync(vehicles: 1);
        var theirs = await fixture.NewCompanyAsync(vehicles: 1);
        var their = theirs.Vehicles[0];
        using var admin = await FleetHttp.SignInAsync(fixture.BaseAddress, mine.Email("admin"));

        using var list = await admin.Client.GetAsync($"/api/vehicles/{their.VehicleId}/devices");
        using var register = await admin.Client.PostAsJsonAsync($"/api/vehicles/{their.VehicleId}/devices", new { name = "Intruder" });
        using var revoke = await admin.Client.DeleteAsync($"/api/vehicles/{their.VehicleId}/devices/{their.DeviceId}");
        using var revokeViaOwnVehicle = await admin.Client.DeleteAsync($"/api/vehicles/{mine.Vehicles[0].VehicleId}/devices/{their.DeviceId}");
        using var missingVehicle = await admin.Client.GetAsync($"/api/vehicles/{Guid.NewGuid()}/devices");

        Assert.All(new[] { list, register, revoke, revokeViaOwnVehicle, missingVehicle }, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        using var device = FleetHttp.Device(fixture.BaseAddress, their.DeviceToken);
        using var posted = await device.PostAsJsonAsync("/api/locations", FleetHttp.Position(DateTimeOffset.UtcNow, 51, 0));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
    }

    public static TheoryData<string, string, HttpStatusCode> Matrix()
    {
        var expected = new Dictionary<string, HttpStatusCode[]>
        {
            //                      admin, manager, mechanic, driver, anonymous
            ["list"] = [HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized],
            ["register"] = [HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized],
            ["revoke"] = [HttpStatusCode.NoContent, HttpStatusCode.NoContent, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized],
        };
        string[] roles = ["admin", "manager", "mechanic", "driver", "anonymous"];
        var data = new TheoryData<string, string, HttpStatusCode>();
        foreach (var (action, statuses) in expected)
        {
            for (var i = 0; i < roles.Length; i++) data.Add(action, roles[i], statuses[i]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Action_Role_AnswersAsTheRoleAllows(string action, string role, HttpStatusCode expected)
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicle = company.Vehicles[0];
        using var caller = role == "anonymous" ? null : await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email(role));
        using var anonymous = fixture.Silo.CreateClient();
        var client = caller?.Client ?? anonymous;

        using var response = action switch
        {
            "list" => await client.GetAsync($"/api/vehicles/{vehicle.VehicleId}/devices"),
            "register" => await client.PostAsJsonAsync($"/api/vehicles/{vehicle.VehicleId}/devices", new { name = "Matrix phone" }),
            "revoke" => await client.DeleteAsync($"/api/vehicles/{vehicle.VehicleId}/devices/{vehicle.DeviceId}"),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
        };

        Assert.Equal(expected, response.StatusCode);
        if (response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized)
        {
            using var device = FleetHttp.Device(fixture.BaseAddress, vehicle.DeviceToken);
            (await device.PostAsJsonAsync("/api/locations", FleetHttp.Position(DateTimeOffset.UtcNow, 51, 0))).EnsureSuccessStatusCode();
            using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
            var list = await manager.Client.GetFromJsonAsync<JsonElement>($"/api/vehicles/{vehicle.VehicleId}/devices");
            Assert.Equal(1, list.GetProperty("items").GetArrayLength());
        }
    }
}
