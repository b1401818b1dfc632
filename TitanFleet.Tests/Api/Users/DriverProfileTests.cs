using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Api.Users;

/// <summary>A driver's licence and CPC details: written by managers and admins, read by them and by the driver themself.</summary>
[Collection(SingleSiloCollection.Name)]
public sealed class DriverProfileTests(SingleSiloFixture fixture)
{
    [Fact]
    public async Task Save_ByManager_DriverReadsItAtMeAndAuditRecordsIt()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        using var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver"));
        var driverId = (await driver.Client.GetFromJsonAsync<JsonElement>("/api/users/me")).GetProperty("id").GetGuid();

        var saved = await RecordAsserts.JsonAsync(
            await manager.Client.PutAsJsonAsync($"/api/users/{driverId}/driver-profile", new
            {
                licenceNumber = "morga 753116 sm9ij",
                licenceCategories = new[] { "b", "C", "CE" },
                licenceExpiry = "2031-04-30",
                cpcExpiry = "2027-09-01",
            }),
            HttpStatusCode.OK);

        Assert.Equal(("MORGA753116SM9IJ", 1), (saved.GetProperty("licenceNumber").GetString(), saved.GetProperty("version").GetInt32()));
        var me = (await driver.Client.GetFromJsonAsync<JsonElement>("/api/users/me")).GetProperty("driverProfile");
        Assert.Equal(["B", "C", "CE"], me.GetProperty("licenceCategories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(("2031-04-30", "2027-09-01"), (me.GetProperty("licenceExpiry").GetString(), me.GetProperty("cpcExpiry").GetString()));
        var entry = Assert.Single(await RecordAsserts.AuditTrailAsync(manager.Client, "driverProfile", driverId));
        Assert.Equal("create", entry.GetProperty("action").GetString());
        Assert.Equal("B,C,CE", entry.GetProperty("changes").GetProperty("licenceCategories").GetProperty("after").GetString());
    }

    [Fact]
    public async Task List_DriverWithProfile_EachItemCarriesItsOwnProfile()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var admin = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("admin"));
        var driverId = await DriverIdAsync(admin.Client, company);
        (await admin.Client.PutAsJsonAsync($"/api/users/{driverId}/driver-profile", UserRequests.DriverProfile())).EnsureSuccessStatusCode();

        var page = await admin.Client.GetFromJsonAsync<JsonElement>("/api/users");

        var profiles = page.GetProperty("items").EnumerateArray().ToDictionary(u => u.GetProperty("id").GetGuid(), u => u.GetProperty("driverProfile"));
        Assert.Equal(("2031-04-30", 1), (profiles[driverId].GetProperty("licenceExpiry").GetString(), profiles[driverId].GetProperty("version").GetInt32()));
        Assert.All(profiles.Where(p => p.Key != driverId), p => Assert.Equal(JsonValueKind.Null, p.Value.ValueKind));
    }

    [Fact]
    public async Task Save_StaleOrMissingVersion_409NamingVersion()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var admin = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("admin"));
        var driverId = await DriverIdAsync(admin.Client, company);
        (await admin.Client.PutAsJsonAsync($"/api/users/{driverId}/driver-profile", UserRequests.DriverProfile())).EnsureSuccessStatusCode();

        using var withoutVersion = await admin.Client.PutAsJsonAsync($"/api/users/{driverId}/driver-profile", UserRequests.DriverProfile());
        using var current = await admin.Client.PutAsJsonAsync($"/api/users/{driverId}/driver-profile", UserRequests.DriverProfile(version: 1));

        Assert.Equal("version", await RecordAsserts.ConflictFieldAsync(withoutVersion));
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
    }

    [Fact]
    public async Task Save_UserIsNotADriver_409NamingRole()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var admin = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("admin"));
        var mechanicId = await UserIdAsync(admin.Client, company.Email("mechanic"));

        using var response = await admin.Client.PutAsJsonAsync($"/api/users/{mechanicId}/driver-profile", UserRequests.DriverProfile());

        Assert.Equal("role", await RecordAsserts.ConflictFieldAsync(response));
    }

    [Theory]
    [InlineData("licenceNumber", "\"NOT-A-LICENCE\"")]
    [InlineData("licenceNumber", "null")]
    [InlineData("licenceCategories", "[]")]
    [InlineData("licenceCategories", "[\"Z\"]")]
    [InlineData("licenceCategories", "[\"C\",\"c\"]")]
    [InlineData("licenceExpiry", "null")]
    [InlineData("licenceExpiry", "\"1900-01-01\"")]
    [InlineData("cpcExpiry", "\"2200-01-01\"")]
    [InlineData("version", "0")]
    public async Task Save_InvalidField_400NamingIt(string field, string json)
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var driverId = await DriverIdAsync(manager.Client, company);
        var body = JsonSerializer.SerializeToNode(UserRequests.DriverProfile(), JsonSerializerOptions.Web)!.AsObject();
        body[field] = System.Text.Json.Nodes.JsonNode.Parse(json);

        using var response = await manager.Client.PutAsync($"/api/users/{driverId}/driver-profile",
            new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal([field], (await ProblemAssert.ValidationErrorsAsync(response)).Keys);
        var driver = await manager.Client.GetFromJsonAsync<JsonElement>($"/api/users/{driverId}");
        Assert.Equal(JsonValueKind.Null, driver.GetProperty("driverProfile").ValueKind);
    }

    private static Task<Guid> DriverIdAsync(HttpClient client, TestCompany company) => UserIdAsync(client, company.Email("driver"));

    private static async Task<Guid> UserIdAsync(HttpClient client, string email)
    {
        var page = await client.GetFromJsonAsync<JsonElement>("/api/users");
        return page.GetProperty("items").EnumerateArray().Single(u => u.GetProperty("email").GetString() == email).GetProperty("id").GetGuid();
    }
}
