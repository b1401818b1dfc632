using System.Net;
using System.Net.Http.Json;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Api.Vehicles;

/// <summary>
/// Each role × each action (managers and admins write; mechanics read; drivers and devices neither),
/// and another company's vehicle answers 404 to every action, never 403.
/// </summary>
[Collection(SingleSiloCollection.Name)]
public sealed class VehicleAccessTests(SingleSiloFixture fixture)
{
    public static TheoryData<string, string, HttpStatusCode> RoleMatrix()
    {
        var data = new TheoryData<string, string, HttpStatusCode>();
        var expected = new Dictionary<string, (HttpStatusCode Read, HttpStatusCode Write)>
        {
            ["admin"] = (HttpStatusCode.OK, HttpStatusCode.OK),
            ["manager"] = (HttpStatusCode.OK, HttpStatusCode.OK),
            ["mechanic"] = (HttpStatusCode.OK, HttpStatusCode.Forbidden),
            ["driver"] = (HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
            ["device"] = (HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized),
            ["anonymous"] = (HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized),
        };
        foreach (var (role, (read, write)) in expected)
        {
            foreach (var action in new[] { "list", "get", "trail", "live" }) data.Add(role, action, read);
            foreach (var action in new[] { "create", "update", "delete" }) data.Add(role, action, write == HttpStatusCode.OK ? Success(action) : write);
            data.Add(role, "audit", role is "admin" or "manager" ? HttpStatusCode.OK : write);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(RoleMatrix))]
    public async Task Action_ByRole_AllowedOnlyForItsRoles(string role, string action, HttpStatusCode expected)
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var target = await VehicleRequests.CreateAsync(manager.Client);
        using var device = FleetHttp.Device(fixture.BaseAddress, company.Vehicles[0].DeviceToken);
        (await device.PostAsJsonAsync("/api/locations", FleetHttp.Position(DateTimeOffset.UtcNow, 51, 0))).EnsureSuccessStatusCode();
        var client = role switch
        {
            "device" => device,
            "anonymous" => new HttpClient { BaseAddress = fixture.BaseAddress },
            _ => (await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email(role))).Client,
        };

        using var response = await SendAsync(client, action, action == "live" ? company.Vehicles[0].VehicleId : target.Id(), target);

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("get")]
    [InlineData("trail")]
    [InlineData("live")]
    [InlineData("update")]
    [InlineData("delete")]
    public async Task Action_OtherCompanysVehicle_404LikeMissing(string action)
    {
        var mine = await fixture.NewCompanyAsync(vehicles: 0);
        var theirs = await fixture.NewCompanyAsync(vehicles: 1);
        using var theirManager = await FleetHttp.SignInAsync(fixture.BaseAddress, theirs.Email("manager"));
        var target = await VehicleRequests.CreateAsync(theirManager.Client);
        using var admin = await FleetHttp.SignInAsync(fixture.BaseAddress, mine.Email("admin"));

        using var other = await SendAsync(admin.Client, action, action == "live" ? theirs.Vehicles[0].VehicleId : target.Id(), target);
        using var missing = await SendAsync(admin.Client, action, Guid.NewGuid(), target);

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(missing.StatusCode, other.StatusCode);
        Assert.Equal(1, (await theirManager.Client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/vehicles/{target.Id()}")).Version());
    }

    private static HttpStatusCode Success(string action) => action switch
    {
        "create" => HttpStatusCode.Created,
        "delete" => HttpStatusCode.NoContent,
        _ => HttpStatusCode.OK,
    };

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string action, Guid vehicleId, System.Text.Json.JsonElement current) => action switch
    {
        "list" => client.GetAsync("/api/vehicles"),
        "get" => client.GetAsync($"/api/vehicles/{vehicleId}"),
        "trail" => client.GetAsync($"/api/vehicles/{vehicleId}/trail"),
        "live" => client.GetAsync($"/api/vehicles/{vehicleId}/live"),
        "create" => client.PostAsJsonAsync("/api/vehicles", VehicleRequests.Create()),
        "update" => client.PutAsJsonAsync($"/api/vehicles/{vehicleId}", VehicleRequests.UpdateFrom(current, ("depot", "Hull"))),
        "delete" => client.DeleteAsync($"/api/vehicles/{vehicleId}?version={current.Version()}"),
        "audit" => client.GetAsync("/api/audit-logs"),
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };
}
