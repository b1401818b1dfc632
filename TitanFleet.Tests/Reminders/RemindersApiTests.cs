using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Npgsql;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Reminders;

/// <summary>/api/reminders: create, read, list, update, complete and delete with versions, audit, validation and company isolation.</summary>
[Collection(InProcessSiloCollection.Name)]
public sealed class RemindersApiTests(InProcessSiloFixture silo)
{
    [Fact]
    public async Task Create_DueWithinLead_AnswersDueSoonAtLevelOneAndIsAudited()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 1);
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));

        var soon = await ReminderRequests.CreateAsync(manager.Client, ReminderRequests.Dated(company.Vehicles[0].VehicleId, "tax", ReminderRequests.Today.AddDays(5)));
        var later = await ReminderRequests.CreateAsync(manager.Client, ReminderRequests.Dated(null, "insurance", ReminderRequests.Today.AddDays(200), title: "Fleet policy"));

        Assert.Equal("dueSoon", soon.GetProperty("status").GetString());
        Assert.Equal(1, soon.GetProperty("escalationLevel").GetInt32());
        Assert.Equal("Vehicle tax", soon.GetProperty("title").GetString());
        Assert.Equal(company.Vehicles[0].Registration, soon.GetProperty("registration").GetString());
        Assert.Equal("ok", later.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, later.GetProperty("vehicleId").ValueKind);
        Assert.Equal(1, await AuditCountAsync(soon.GetProperty("id").GetGuid(), "create"));
    }

    [Fact]
    public async Task Complete_Recurring_RollsForwardToNextDueDateOk_OneOffBecomesDone()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 1);
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));
        var overdueDate = ReminderRequests.Today.AddDays(-3);
        var recurring = await ReminderRequests.CreateAsync(manager.Client,
            ReminderRequests.Dated(company.Vehicles[0].VehicleId, "safetyInspection", overdueDate, recurWeeks: 6));
        var oneOff = await ReminderRequests.CreateAsync(manager.Client, ReminderRequests.Dated(company.Vehicles[0].VehicleId, "service", overdueDate));
        Assert.Equal("overdue", recurring.GetProperty("status").GetString());

        var rolled = await ReminderRequests.CompleteAsync(manager.Client, recurring);
        var done = await ReminderRequests.CompleteAsync(manager.Client, oneOff);

        Assert.Equal(overdueDate.AddDays(42).ToString("yyyy-MM-dd"), rolled.GetProperty("dueDate").GetString());
        Assert.Equal("ok", rolled.GetProperty("status").GetString());
        Assert.Equal(0, rolled.GetProperty("escalationLevel").GetInt32());
        Assert.Equal(JsonValueKind.String, rolled.GetProperty("completedAt").ValueKind);
        Assert.Equal("done", done.GetProperty("status").GetString());
        Assert.Equal(overdueDate.ToString("yyyy-MM-dd"), done.GetProperty("dueDate").GetString());
    }

    [Fact]
    public async Task Complete_MileageRecurring_RollsPastTheOdometerAndMovesByOdometer()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 1);
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));
        var vehicleId = company.Vehicles[0].VehicleId;
        await ExecuteAsync("UPDATE vehicles SET mileage_km = 120500 WHERE id = @id", vehicleId);

        var dueSoon = await ReminderRequests.CreateAsync(manager.Client, new JsonObject
        {
            ["vehicleId"] = vehicleId,
            ["type"] = "service",
            ["dueMileageKm"] = 121_000,
            ["recurKm"] = 20_000,
        });
        await ExecuteAsync("UPDATE vehicles SET mileage_km = 142000 WHERE id = @id", vehicleId);
        var rolled = await ReminderRequests.CompleteAsync(manager.Client, dueSoon);

        Assert.Equal("dueSoon", dueSoon.GetProperty("status").GetString());
        Assert.Equal(161_000, rolled.GetProperty("dueMileageKm").GetInt32());
        Assert.Equal("ok", rolled.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Update_CurrentVersion_MovesStatusBack_StaleVersion409WithCurrent()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 1);
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));
        var created = await ReminderRequests.CreateAsync(manager.Client, ReminderRequests.Dated(company.Vehicles[0].VehicleId, "mot", ReminderRequests.Today.AddDays(-1)));
        var update = ReminderRequests.Dated(company.Vehicles[0].VehicleId, "mot", ReminderRequests.Today.AddDays(100), recurMonths: 12);
        update["version"] = created.GetProperty("version").GetInt32();

        using var first = await manager.Client.PutAsJsonAsync($"/api/reminders/{created.GetProperty("id").GetGuid()}", update);
        using var stale = await manager.Client.PutAsJsonAsync($"/api/reminders/{created.GetProperty("id").GetGuid()}", update);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var written = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("overdue", created.GetProperty("status").GetString());
        Assert.Equal("ok", written.GetProperty("status").GetString());
        Assert.Equal(12, written.GetProperty("recurMonths").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var problem = await stale.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(written.GetProperty("version").GetInt32(), problem.GetProperty("currentVersion").GetInt32());
    }

    [Fact]
    public async Task List_SortedByDueDateUndatedLast_FiltersAndPagesWithCursor()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 2);
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));
        var (first, second) = (company.Vehicles[0].VehicleId, company.Vehicles[1].VehicleId);
        await ReminderRequests.CreateAsync(manager.Client, new JsonObject { ["vehicleId"] = first, ["type"] = "service", ["dueMileageKm"] = 500_000 });
        foreach (var days in new[] { 90, 10, 50 }) await ReminderRequests.CreateAsync(manager.Client, ReminderRequests.Dated(first, "tax", ReminderRequests.Today.AddDays(days)));
        await ReminderRequests.CreateAsync(manager.Client, ReminderRequests.Dated(second, "mot", ReminderRequests.Today.AddDays(20)));

        var pageOne = await manager.Client.GetFromJsonAsync<JsonElement>("/api/reminders?limit=3");
        var pageTwo = await manager.Client.GetFromJsonAsync<JsonElement>($"/api/reminders?limit=3&cursor={pageOne.GetProperty("nextCursor").GetString()}");
        var dueSoonTax = await manager.Client.GetFromJsonAsync<JsonElement>($"/api/reminders?vehicleId={first}&type=tax&status=dueSoon");
        var dueBefore = await manager.Client.GetFromJsonAsync<JsonElement>($"/api/reminders?dueBefore={ReminderRequests.Today.AddDays(30):yyyy-MM-dd}");

        var days1 = pageOne.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("dueDate").GetString()!).ToArray();
        Assert.Equal([Day(10), Day(20), Day(50)], days1);
        var rest = pageTwo.GetProperty("items").EnumerateArray().ToArray();
        Assert.Equal(Day(90), rest[0].GetProperty("dueDate").GetString());
        Assert.Equal(500_000, rest[1].GetProperty("dueMileageKm").GetInt32());
        Assert.Equal(JsonValueKind.Null, pageTwo.GetProperty("nextCursor").ValueKind);
        Assert.Equal([Day(10)], dueSoonTax.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("dueDate").GetString()!));
        Assert.Equal(2, dueBefore.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Write_InvalidFields_400NamingEachFieldNothingWritten()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 1);
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));
        var cases = new (JsonObject Body, string Field)[]
        {
            (new JsonObject { ["type"] = "oilChange", ["dueDate"] = "2030-01-01" }, "type"),
            (new JsonObject { ["type"] = "mot" }, "dueDate"),
            (new JsonObject { ["type"] = "service", ["dueMileageKm"] = 100_000 }, "dueMileageKm"),
            (new JsonObject { ["type"] = "mot", ["dueDate"] = "2030-01-01", ["recurMonths"] = 12, ["recurWeeks"] = 6 }, "recurMonths"),
            (new JsonObject { ["type"] = "mot", ["dueDate"] = "2030-01-01", ["recurKm"] = 1000 }, "recurKm"),
            (new JsonObject { ["type"] = "mot", ["dueDate"] = "2030-01-01", ["title"] = "   " }, "title"),
            (new JsonObject { ["type"] = "mot", ["dueDate"] = "2030-01-01", ["notes"] = "bad\u0000" }, "notes"),
            (new JsonObject { ["type"] = "mot", ["dueDate"] = "2030-01-01", ["vehicleId"] = Guid.NewGuid() }, "vehicleId"),
        };
        foreach (var (body, field) in cases)
        {
            using var response = await manager.Client.PostAsJsonAsync("/api/reminders", body);
            var errors = await ProblemAssert.ValidationErrorsAsync(response);
            Assert.True(errors.ContainsKey(field), $"{body.ToJsonString()}: expected an error for {field}, got {string.Join(", ", errors.Keys)}");
        }
        var listed = await manager.Client.GetFromJsonAsync<JsonElement>("/api/reminders");
        Assert.Equal(0, listed.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task OtherCompany_ReminderAndVehicle_AnswerLikeMissing()
    {
        var owner = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 1);
        var other = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 0);
        using var ownerManager = await FleetHttp.SignInAsync(silo.BaseAddress, owner.Email("manager"));
        using var otherManager = await FleetHttp.SignInAsync(silo.BaseAddress, other.Email("manager"));
        var reminder = await ReminderRequests.CreateAsync(ownerManager.Client, ReminderRequests.Dated(owner.Vehicles[0].VehicleId, "mot", ReminderRequests.Today.AddDays(60)));
        var id = reminder.GetProperty("id").GetGuid();
        var version = reminder.GetProperty("version").GetInt32();

        using var read = await otherManager.Client.GetAsync($"/api/reminders/{id}");
        using var missing = await otherManager.Client.GetAsync($"/api/reminders/{Guid.NewGuid()}");
        using var complete = await otherManager.Client.PostAsJsonAsync($"/api/reminders/{id}/complete", new { version });
        using var delete = await otherManager.Client.DeleteAsync($"/api/reminders/{id}?version={version}");
        using var defaults = await otherManager.Client.PostAsJsonAsync($"/api/vehicles/{owner.Vehicles[0].VehicleId}/reminders/defaults", new { registrationDate = "2020-01-01" });
        using var borrowed = await otherManager.Client.PostAsJsonAsync("/api/reminders", ReminderRequests.Dated(owner.Vehicles[0].VehicleId, "tax", ReminderRequests.Today));
        var list = await otherManager.Client.GetFromJsonAsync<JsonElement>("/api/reminders");

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(missing.StatusCode, read.StatusCode);
        Assert.Equal(missing.Content.Headers.ContentType?.MediaType, read.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, complete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, defaults.StatusCode);
        Assert.Contains("vehicleId", (await ProblemAssert.ValidationErrorsAsync(borrowed)).Keys);
        Assert.Equal(0, list.GetProperty("items").GetArrayLength());
        var stillThere = await ownerManager.Client.GetFromJsonAsync<JsonElement>($"/api/reminders/{id}");
        Assert.Equal(version, stillThere.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Defaults_Hgv_AddsMotInspectionTaxInsuranceTachographOnce()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 1);
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));
        var vehicleId = company.Vehicles[0].VehicleId;
        var registered = ReminderRequests.Today.AddMonths(-30);

        using var first = await manager.Client.PostAsJsonAsync($"/api/vehicles/{vehicleId}/reminders/defaults",
            new { registrationDate = registered.ToString("yyyy-MM-dd"), safetyInspectionWeeks = 8 });
        using var again = await manager.Client.PostAsJsonAsync($"/api/vehicles/{vehicleId}/reminders/defaults",
            new { registrationDate = registered.ToString("yyyy-MM-dd") });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var created = (await first.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToDictionary(r => r.GetProperty("type").GetString()!);
        Assert.Equal(["insurance", "mot", "safetyInspection", "tachograph", "tax"], created.Keys.Order());
        Assert.Equal(registered.AddMonths(36).ToString("yyyy-MM-dd"), created["mot"].GetProperty("dueDate").GetString());
        Assert.Equal(12, created["mot"].GetProperty("recurMonths").GetInt32());
        Assert.Equal(8, created["safetyInspection"].GetProperty("recurWeeks").GetInt32());
        Assert.Equal(registered.AddMonths(48).ToString("yyyy-MM-dd"), created["tachograph"].GetProperty("dueDate").GetString());
        Assert.Equal(0, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetArrayLength());
    }

    private static string Day(int days) => ReminderRequests.Today.AddDays(days).ToString("yyyy-MM-dd");

    private async Task ExecuteAsync(string sql, Guid id)
    {
        await using var dataSource = NpgsqlDataSource.Create(silo.ConnectionString);
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("id", id);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<long> AuditCountAsync(Guid entityId, string action)
    {
        await using var dataSource = NpgsqlDataSource.Create(silo.ConnectionString);
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM audit_log WHERE entity_type = 'reminder' AND entity_id = @id AND action = @action");
        command.Parameters.AddWithValue("id", entityId);
        command.Parameters.AddWithValue("action", action);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
