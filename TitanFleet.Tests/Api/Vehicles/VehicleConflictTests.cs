using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Api.Vehicles;

/// <summary>Duplicates and stale writes are 409 problem+json naming the field; a stale write also gives the current version.</summary>
[Collection(SingleSiloCollection.Name)]
public sealed class VehicleConflictTests(SingleSiloFixture fixture)
{
    [Fact]
    public async Task Create_DuplicateRegistrationWrittenDifferently_409NamingRegistration()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        await VehicleRequests.CreateAsync(manager.Client, VehicleRequests.Create(registration: "KX70 ABC"));

        using var response = await manager.Client.PostAsJsonAsync("/api/vehicles", VehicleRequests.Create(registration: "kx70abc"));

        Assert.Equal(["registration"], await ConflictFieldsAsync(response));
    }

    [Fact]
    public async Task Create_DuplicateVin_409NamingVin()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var vin = VehicleRequests.NewVin();
        await VehicleRequests.CreateAsync(manager.Client, VehicleRequests.Create(vin: vin));

        using var response = await manager.Client.PostAsJsonAsync("/api/vehicles", VehicleRequests.Create(vin: vin.ToLowerInvariant()));

        Assert.Equal(["vin"], await ConflictFieldsAsync(response));
    }

    [Fact]
    public async Task Create_SameRegistrationAndVinInAnotherCompany_Allowed()
    {
        var mine = await fixture.NewCompanyAsync(vehicles: 0);
        var theirs = await fixture.NewCompanyAsync(vehicles: 0);
        using var me = await FleetHttp.SignInAsync(fixture.BaseAddress, mine.Email("manager"));
        using var them = await FleetHttp.SignInAsync(fixture.BaseAddress, theirs.Email("manager"));
        var body = VehicleRequests.Create();

        await VehicleRequests.CreateAsync(me.Client, body);
        await VehicleRequests.CreateAsync(them.Client, body);
    }

    [Fact]
    public async Task Update_ToAnotherVehiclesRegistration_409NamingRegistrationUnchanged()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var first = await VehicleRequests.CreateAsync(manager.Client);
        var second = await VehicleRequests.CreateAsync(manager.Client);

        using var response = await manager.Client.PutAsJsonAsync($"/api/vehicles/{second.Id()}",
            VehicleRequests.UpdateFrom(second, ("registration", first.GetProperty("registration").GetString())));

        Assert.Equal(["registration"], await ConflictFieldsAsync(response));
        Assert.Equal(1, (await manager.Client.GetFromJsonAsync<JsonElement>($"/api/vehicles/{second.Id()}")).Version());
    }

    [Fact]
    public async Task Update_StaleVersion_409WithCurrentVersionNothingWritten()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var created = await VehicleRequests.CreateAsync(manager.Client);
        (await manager.Client.PutAsJsonAsync($"/api/vehicles/{created.Id()}", VehicleRequests.UpdateFrom(created, ("depot", "York")))).EnsureSuccessStatusCode();

        using var response = await manager.Client.PutAsJsonAsync($"/api/vehicles/{created.Id()}", VehicleRequests.UpdateFrom(created, ("depot", "Hull")));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(["version"], await ConflictFieldsAsync(response));
        Assert.Equal(2, problem.GetProperty("currentVersion").GetInt32());
        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
        Assert.Equal("York", (await manager.Client.GetFromJsonAsync<JsonElement>($"/api/vehicles/{created.Id()}")).GetProperty("depot").GetString());
    }

    [Fact]
    public async Task Delete_StaleVersion_409StillActive()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var created = await VehicleRequests.CreateAsync(manager.Client);
        (await manager.Client.PutAsJsonAsync($"/api/vehicles/{created.Id()}", VehicleRequests.UpdateFrom(created, ("depot", "York")))).EnsureSuccessStatusCode();

        using var response = await manager.Client.DeleteAsync($"/api/vehicles/{created.Id()}?version=1");

        Assert.Equal(["version"], await ConflictFieldsAsync(response));
        Assert.Equal("active", (await manager.Client.GetFromJsonAsync<JsonElement>($"/api/vehicles/{created.Id()}")).GetProperty("status").GetString());
    }

    private static async Task<string[]> ConflictFieldsAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Conflict, $"Expected 409, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return [.. JsonDocument.Parse(body).RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name)];
    }
}
