using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Npgsql;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Geofences;

/// <summary>/api/geofences: create, read, list, update and delete with versions, audit, roles and company isolation.</summary>
[Collection(InProcessSiloCollection.Name)]
public sealed class GeofencesApiTests(InProcessSiloFixture silo)
{
    [Fact]
    public async Task Create_Polygon_StoredAsGeoJsonReadableAndAudited()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 0);
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));

        var created = await GeofenceRequests.CreateAsync(manager.Client, GeofenceRequests.Polygon(name: "Leeds depot", minDwellSeconds: 120));
        var read = await manager.Client.GetFromJsonAsync<JsonElement>($"/api/geofences/{created.Id()}");

        Assert.Equal("Leeds depot", read.GetProperty("name").GetString());
        Assert.Equal(120, read.GetProperty("minDwellSeconds").GetInt32());
        Assert.True(read.GetProperty("alertOnEnter").GetBoolean());
        var ring = JsonDocument.Parse(read.GetProperty("polygon").GetString()!).RootElement.GetProperty("coordinates")[0];
        Assert.Equal(5, ring.GetArrayLength());
        Assert.Equal(-0.13, ring[0][0].GetDouble());
        Assert.Equal(51.5, ring[0][1].GetDouble());
        Assert.Equal(1, await AuditCountAsync(created.Id(), "create"));
    }

    [Fact]
    public async Task Update_CurrentVersion_ChangesAndBumpsVersion_StaleVersion409WithCurrent()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 0);
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));
        var created = await GeofenceRequests.CreateAsync(manager.Client, GeofenceRequests.Circle(51.5, -0.12, 250));
        var update = GeofenceRequests.Circle(51.5, -0.12, 500, name: "Bigger");
        update["version"] = created.Version();

        using var first = await manager.Client.PutAsJsonAsync($"/api/geofences/{created.Id()}", update);
        using var stale = await manager.Client.PutAsJsonAsync($"/api/geofences/{created.Id()}", update);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var written = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(500, written.GetProperty("circle").GetProperty("radiusMetres").GetDouble());
        Assert.Equal(created.Version() + 1, written.Version());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var problem = await stale.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(written.Version(), problem.GetProperty("currentVersion").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty("version", out _));
    }

    [Fact]
    public async Task Delete_StaleVersion409_CurrentVersion204ThenGone()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 0);
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));
        var created = await GeofenceRequests.CreateAsync(manager.Client, GeofenceRequests.Polygon());

        using var stale = await manager.Client.DeleteAsync($"/api/geofences/{created.Id()}?version={created.Version() + 1}");
        using var deleted = await manager.Client.DeleteAsync($"/api/geofences/{created.Id()}?version={created.Version()}");
        using var read = await manager.Client.GetAsync($"/api/geofences/{created.Id()}");

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(1, await AuditCountAsync(created.Id(), "delete"));
    }

    [Fact]
    public async Task List_FiltersByTypeActiveAndNamePrefix_PagesWithCursor()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 0);
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));
        foreach (var name in new[] { "Depot A", "Depot B", "Depot C" }) await GeofenceRequests.CreateAsync(manager.Client, GeofenceRequests.Polygon(name: name));
        var inactive = GeofenceRequests.Circle(51.5, -0.12, 100, name: "Customer X");
        inactive["active"] = false;
        await GeofenceRequests.CreateAsync(manager.Client, inactive);

        var firstPage = await manager.Client.GetFromJsonAsync<JsonObject>("/api/geofences?name=Depot&limit=2");
        var secondPage = await manager.Client.GetFromJsonAsync<JsonObject>($"/api/geofences?name=Depot&limit=2&cursor={firstPage!["nextCursor"]}");
        var inactiveOnly = await manager.Client.GetFromJsonAsync<JsonObject>("/api/geofences?active=false");
        var sites = await manager.Client.GetFromJsonAsync<JsonObject>("/api/geofences?type=customerSite");

        Assert.Equal(["Depot A", "Depot B"], Names(firstPage));
        Assert.Equal(["Depot C"], Names(secondPage!));
        Assert.Null(secondPage!["nextCursor"]);
        Assert.Equal(["Customer X"], Names(inactiveOnly!));
        Assert.Equal(["Customer X"], Names(sites!));
    }

    [Fact]
    public async Task AnotherCompanysGeofence_AnswersLikeAMissingOne()
    {
        var mine = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 0);
        var theirs = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 0);
        using var me = await FleetHttp.SignInAsync(silo.BaseAddress, mine.Email("manager"));
        using var them = await FleetHttp.SignInAsync(silo.BaseAddress, theirs.Email("manager"));
        var created = await GeofenceRequests.CreateAsync(me.Client, GeofenceRequests.Polygon());
        var update = GeofenceRequests.Polygon(version: created.Version());

        using var read = await them.Client.GetAsync($"/api/geofences/{created.Id()}");
        using var occupants = await them.Client.GetAsync($"/api/geofences/{created.Id()}/occupants");
        using var put = await them.Client.PutAsJsonAsync($"/api/geofences/{created.Id()}", update);
        using var delete = await them.Client.DeleteAsync($"/api/geofences/{created.Id()}?version={created.Version()}");
        var list = await them.Client.GetFromJsonAsync<JsonObject>("/api/geofences");

        Assert.All([read, occupants, put, delete], response => Assert.Equal(HttpStatusCode.NotFound, response.StatusCode));
        Assert.Empty(list!["items"]!.AsArray());
        Assert.Equal(created.Version(), (await me.Client.GetFromJsonAsync<JsonElement>($"/api/geofences/{created.Id()}")).Version());
    }

    [Fact]
    public async Task Roles_MechanicReadsButCannotWrite_DriverCannotRead()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 0);
        using var mechanic = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("mechanic"));
        using var driver = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("driver"));

        using var mechanicList = await mechanic.Client.GetAsync("/api/geofences");
        using var mechanicCreate = await mechanic.Client.PostAsJsonAsync("/api/geofences", GeofenceRequests.Polygon());
        using var driverList = await driver.Client.GetAsync("/api/geofences");

        Assert.Equal(HttpStatusCode.OK, mechanicList.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, mechanicCreate.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, driverList.StatusCode);
    }

    private static string[] Names(JsonObject page) => [.. page["items"]!.AsArray().Select(item => item!["name"]!.GetValue<string>())];

    private async Task<long> AuditCountAsync(Guid geofenceId, string action)
    {
        await using var connection = new NpgsqlConnection(silo.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM audit_log WHERE entity_type = 'geofence' AND entity_id = @id AND action = @action", connection);
        command.Parameters.AddWithValue("id", geofenceId);
        command.Parameters.AddWithValue("action", action);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
