using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Api.Vehicles;

/// <summary>The register's happy paths: create, read, update, retire, and the list's pages, filters and sorts.</summary>
[Collection(SingleSiloCollection.Name)]
public sealed class VehiclesApiTests(SingleSiloFixture fixture)
{
    [Fact]
    public async Task Create_ValidVehicle_201NormalisedWithLocationAndETag()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var body = VehicleRequests.Create(registration: "ab12 cde", vin: "wf0xxxttgxjy12345");

        using var response = await manager.Client.PostAsJsonAsync("/api/vehicles", body);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/vehicles/{created.Id()}", response.Headers.Location?.OriginalString);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Equal("AB12CDE", created.GetProperty("registration").GetString());
        Assert.Equal("WF0XXXTTGXJY12345", created.GetProperty("vin").GetString());
        Assert.Equal(("active", 120_450, "Leeds", 1), (created.GetProperty("status").GetString(), created.GetProperty("mileageKm").GetInt32(), created.GetProperty("depot").GetString(), created.Version()));
    }

    [Fact]
    public async Task Get_CreatedVehicle_ReturnsItWithVersionETag()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var created = await VehicleRequests.CreateAsync(manager.Client);
        using var mechanic = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("mechanic"));

        using var response = await mechanic.Client.GetAsync($"/api/vehicles/{created.Id()}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Equal(created.ToString(), (await response.Content.ReadFromJsonAsync<JsonElement>()).ToString());
    }

    [Fact]
    public async Task Update_CurrentVersion_ChangesFieldsAndBumpsVersion()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var created = await VehicleRequests.CreateAsync(manager.Client);

        using var response = await manager.Client.PutAsJsonAsync($"/api/vehicles/{created.Id()}",
            VehicleRequests.UpdateFrom(created, ("status", "maintenance"), ("mileageKm", 130_000), ("depot", null)));
        var updated = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("maintenance", 130_000, JsonValueKind.Null, 2), (updated.GetProperty("status").GetString(), updated.GetProperty("mileageKm").GetInt32(), updated.GetProperty("depot").ValueKind, updated.Version()));
        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task Update_NothingChanged_SameVersion()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var created = await VehicleRequests.CreateAsync(manager.Client);

        using var response = await manager.Client.PutAsJsonAsync($"/api/vehicles/{created.Id()}", VehicleRequests.UpdateFrom(created));

        Assert.Equal(1, (await response.Content.ReadFromJsonAsync<JsonElement>()).Version());
    }

    [Fact]
    public async Task Delete_CurrentVersion_RetiredHiddenFromDefaultListButReadable()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var created = await VehicleRequests.CreateAsync(manager.Client);

        using var delete = await manager.Client.DeleteAsync($"/api/vehicles/{created.Id()}?version=1");
        var read = await manager.Client.GetFromJsonAsync<JsonElement>($"/api/vehicles/{created.Id()}");
        var list = await manager.Client.GetFromJsonAsync<JsonElement>("/api/vehicles");
        var retired = await manager.Client.GetFromJsonAsync<JsonElement>("/api/vehicles?status=retired");

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(("retired", 2), (read.GetProperty("status").GetString(), read.Version()));
        Assert.Equal([company.Vehicles[0].VehicleId], Ids(list));
        Assert.Equal([created.Id()], Ids(retired));
    }

    [Fact]
    public async Task Create_RegistrationOfRetiredVehicle_AllowedAgain()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var first = await VehicleRequests.CreateAsync(manager.Client);
        (await manager.Client.DeleteAsync($"/api/vehicles/{first.Id()}?version=1")).EnsureSuccessStatusCode();

        var second = await VehicleRequests.CreateAsync(manager.Client, VehicleRequests.Create(registration: first.GetProperty("registration").GetString()));

        Assert.NotEqual(first.Id(), second.Id());
    }

    [Fact]
    public async Task List_LimitTwoOfFive_PagesByCursorInRegistrationOrder()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 5);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));

        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await manager.Client.GetFromJsonAsync<JsonElement>($"/api/vehicles?limit=2{(cursor is null ? "" : $"&cursor={cursor}")}");
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(v => v.GetProperty("registration").GetString()!));
            cursor = page.GetProperty("nextCursor").ValueKind == JsonValueKind.Null ? null : page.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null);

        Assert.Equal(3, pages);
        Assert.Equal(company.Vehicles.Select(v => v.Registration).Order(StringComparer.Ordinal), seen);
    }

    [Fact]
    public async Task List_SortedByCreatedDescending_PagesNewestFirst()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var created = new List<Guid>();
        for (var i = 0; i < 3; i++) created.Add((await VehicleRequests.CreateAsync(manager.Client)).Id());

        var first = await manager.Client.GetFromJsonAsync<JsonElement>("/api/vehicles?sort=-createdAt&limit=2");
        var second = await manager.Client.GetFromJsonAsync<JsonElement>($"/api/vehicles?sort=-createdAt&limit=2&cursor={first.GetProperty("nextCursor").GetString()}");

        Assert.Equal(Enumerable.Reverse(created), Ids(first).Concat(Ids(second)));
    }

    [Fact]
    public async Task List_Filters_StatusTypeDepotAndRegistrationPrefix()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var van = VehicleRequests.Create(registration: "VA11 AAA");
        van["type"] = "van";
        van["depot"] = "York";
        var vanId = (await VehicleRequests.CreateAsync(manager.Client, van)).Id();
        var vor = VehicleRequests.Create(registration: "VB22 BBB");
        vor["status"] = "vor";
        var vorId = (await VehicleRequests.CreateAsync(manager.Client, vor)).Id();
        var otherId = (await VehicleRequests.CreateAsync(manager.Client, VehicleRequests.Create(registration: "XC33 CCC"))).Id();

        Assert.Equal([vanId], Ids(await manager.Client.GetFromJsonAsync<JsonElement>("/api/vehicles?type=van")));
        Assert.Equal([vorId], Ids(await manager.Client.GetFromJsonAsync<JsonElement>("/api/vehicles?status=vor")));
        Assert.Equal([vanId], Ids(await manager.Client.GetFromJsonAsync<JsonElement>("/api/vehicles?depot=York")));
        Assert.Equal([vanId, vorId], Ids(await manager.Client.GetFromJsonAsync<JsonElement>("/api/vehicles?registration=v")));
        Assert.Equal([otherId], Ids(await manager.Client.GetFromJsonAsync<JsonElement>("/api/vehicles?registration=xc33%20c")));
    }

    [Fact]
    public async Task Trail_OwnVehicle_PointsWithoutSourceId()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicle = company.Vehicles[0];
        using var device = FleetHttp.Device(fixture.BaseAddress, vehicle.DeviceToken);
        var now = DateTimeOffset.UtcNow;
        (await device.PostAsJsonAsync("/api/locations", FleetHttp.Position(now.AddSeconds(-5), 51.5, -0.1, speed: 30))).EnsureSuccessStatusCode();
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));

        var trail = await manager.Client.GetFromJsonAsync<JsonElement>(
            $"/api/vehicles/{vehicle.VehicleId}/trail?from={Uri.EscapeDataString(now.AddHours(-1).ToString("O"))}&to={Uri.EscapeDataString(now.AddHours(1).ToString("O"))}");

        var point = Assert.Single(trail.EnumerateArray());
        Assert.Equal(51.5, point.GetProperty("latitude").GetDouble());
        Assert.False(point.TryGetProperty("sourceId", out _));
        Assert.False(point.TryGetProperty("companyId", out _));
    }

    [Fact]
    public async Task Trail_TwoFixes_OldestFirstInTheTrailPointShapeWithNullsWritten()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicle = company.Vehicles[0];
        using var device = FleetHttp.Device(fixture.BaseAddress, vehicle.DeviceToken);
        var now = DateTimeOffset.UtcNow;
        var second = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, now.Second, TimeSpan.Zero).AddSeconds(-10);
        (await device.PostAsJsonAsync("/api/locations", FleetHttp.Position(second, 51.51, -0.11, speed: 42.5, heading: 90))).EnsureSuccessStatusCode();
        (await device.PostAsJsonAsync("/api/locations", FleetHttp.Position(second.AddSeconds(-20), 51.5, -0.1))).EnsureSuccessStatusCode();
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));

        using var response = await manager.Client.GetAsync(
            $"/api/vehicles/{vehicle.VehicleId}/trail?from={Uri.EscapeDataString(now.AddHours(-1).ToString("O"))}&to={Uri.EscapeDataString(now.AddHours(1).ToString("O"))}");
        var trail = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(2, trail.Count);
        Assert.Equal(["fixTime", "latitude", "longitude", "speedKmh", "heading", "accuracyMetres", "altitudeMetres", "odometerMetres"],
            trail[1].EnumerateObject().Select(property => property.Name));
        Assert.Equal(JsonSerializer.Serialize(second.AddSeconds(-20)), trail[0].GetProperty("fixTime").GetRawText());
        Assert.Equal(JsonSerializer.Serialize(second), trail[1].GetProperty("fixTime").GetRawText());
        Assert.Equal((51.51, -0.11, 42.5, 90.0), (trail[1].GetProperty("latitude").GetDouble(), trail[1].GetProperty("longitude").GetDouble(),
            trail[1].GetProperty("speedKmh").GetDouble(), trail[1].GetProperty("heading").GetDouble()));
        Assert.Equal(JsonValueKind.Null, trail[0].GetProperty("speedKmh").ValueKind);
        Assert.Equal(JsonValueKind.Null, trail[0].GetProperty("heading").ValueKind);
    }

    private static List<Guid> Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(v => v.Id())];
}
