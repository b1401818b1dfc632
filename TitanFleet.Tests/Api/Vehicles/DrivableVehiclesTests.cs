using System.Net;
using System.Text.Json;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Api.Vehicles;

/// <summary>
/// GET /api/vehicles/drivable: the list a driver picks a vehicle from on the phone page. Drivers,
/// managers and admins (ShiftWorker); the company's vehicles that are not retired, and only what
/// a driver needs to recognise one.
/// </summary>
[Collection(SingleSiloCollection.Name)]
public sealed class DrivableVehiclesTests(SingleSiloFixture fixture)
{
    [Fact]
    public async Task ListDrivable_Driver_SeesOwnCompanysVehiclesButNotRetiredOnes()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 2);
        var other = await fixture.NewCompanyAsync(vehicles: 1);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var retired = await VehicleRequests.CreateAsync(manager.Client);
        (await manager.Client.DeleteAsync($"/api/vehicles/{retired.Id()}?version={retired.Version()}")).EnsureSuccessStatusCode();
        using var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver"));

        using var response = await driver.Client.GetAsync("/api/vehicles/drivable?limit=200");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("items").EnumerateArray().ToList();
        var ids = items.Select(item => item.GetProperty("id").GetGuid()).ToHashSet();
        Assert.Equal(company.Vehicles.Select(v => v.VehicleId).ToHashSet(), ids);
        Assert.DoesNotContain(other.Vehicles[0].VehicleId, ids);
        var first = items[0];
        Assert.Equal(["id", "registration", "type", "make", "model", "status"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal(items.Select(i => i.GetProperty("registration").GetString()).Order(StringComparer.Ordinal), items.Select(i => i.GetProperty("registration").GetString()));
    }

    [Fact]
    public async Task ListDrivable_RegistrationPrefixAndPages_FollowsTheCursor()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 3);
        using var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver"));

        var first = await ReadAsync(driver.Client, "/api/vehicles/drivable?limit=2");
        var second = await ReadAsync(driver.Client, $"/api/vehicles/drivable?limit=2&cursor={Uri.EscapeDataString(first.GetProperty("nextCursor").GetString()!)}");
        var byPrefix = await ReadAsync(driver.Client, $"/api/vehicles/drivable?registration={Uri.EscapeDataString(company.Vehicles[1].Registration)}");

        Assert.Equal(2, first.GetProperty("items").GetArrayLength());
        Assert.Equal(1, second.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
        Assert.Equal(company.Vehicles[1].VehicleId, Assert.Single(byPrefix.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=201", "limit")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    public async Task ListDrivable_BadQuery_400NamingTheField(string query, string field)
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver"));

        using var response = await driver.Client.GetAsync($"/api/vehicles/drivable?{query}");

        var errors = await ProblemAssert.ValidationErrorsAsync(response);
        Assert.Contains(errors.Keys, key => key.Equals(field, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("driver", HttpStatusCode.OK)]
    [InlineData("manager", HttpStatusCode.OK)]
    [InlineData("admin", HttpStatusCode.OK)]
    [InlineData("mechanic", HttpStatusCode.Forbidden)]
    public async Task ListDrivable_ByRole_OnlyShiftWorkers(string role, HttpStatusCode expected)
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var user = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email(role));

        using var response = await user.Client.GetAsync("/api/vehicles/drivable");

        Assert.Equal(expected, response.StatusCode);
    }

    private static async Task<JsonElement> ReadAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }
}
