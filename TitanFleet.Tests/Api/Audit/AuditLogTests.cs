using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using TitanFleet.Tests.Api.Vehicles;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Api.Audit;

/// <summary>Every write leaves one entry with who, what, before/after, request and address; a refused write leaves none.</summary>
[Collection(SingleSiloCollection.Name)]
public sealed class AuditLogTests(SingleSiloFixture fixture)
{
    [Fact]
    public async Task VehicleWrites_CreateUpdateDelete_OneEntryEachWithChangedFieldsNewestFirst()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var created = await VehicleRequests.CreateAsync(manager.Client);
        var id = created.Id();
        (await manager.Client.PutAsJsonAsync($"/api/vehicles/{id}", VehicleRequests.UpdateFrom(created, ("depot", "York"), ("mileageKm", 130_000)))).EnsureSuccessStatusCode();
        (await manager.Client.DeleteAsync($"/api/vehicles/{id}?version=2")).EnsureSuccessStatusCode();
        var me = await manager.Client.GetFromJsonAsync<JsonElement>("/api/auth/me");

        var entries = (await manager.Client.GetFromJsonAsync<JsonElement>($"/api/audit-logs?entityType=vehicle&entityId={id}")).GetProperty("items").EnumerateArray().ToList();

        Assert.Equal(["delete", "update", "create"], entries.Select(e => e.GetProperty("action").GetString()));
        Assert.All(entries, e => Assert.Equal(me.GetProperty("id").GetGuid(), e.GetProperty("userId").GetGuid()));
        Assert.All(entries, e => Assert.Equal("127.0.0.1", e.GetProperty("clientAddress").GetString()));
        Assert.All(entries, e => Assert.False(string.IsNullOrEmpty(e.GetProperty("requestId").GetString())));
        var update = entries[1].GetProperty("changes");
        Assert.Equal(["depot", "mileageKm"], update.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(("Leeds", "York"), (update.GetProperty("depot").GetProperty("before").GetString(), update.GetProperty("depot").GetProperty("after").GetString()));
        Assert.Equal((120_450, 130_000), (update.GetProperty("mileageKm").GetProperty("before").GetInt32(), update.GetProperty("mileageKm").GetProperty("after").GetInt32()));
        Assert.Equal(("active", "retired"), (entries[0].GetProperty("changes").GetProperty("status").GetProperty("before").GetString(), entries[0].GetProperty("changes").GetProperty("status").GetProperty("after").GetString()));
        Assert.Equal(JsonValueKind.Null, entries[2].GetProperty("changes").GetProperty("registration").GetProperty("before").ValueKind);
    }

    [Fact]
    public async Task RefusedWrites_DuplicateAndStale_NoEntry()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var created = await VehicleRequests.CreateAsync(manager.Client);

        using var duplicate = await manager.Client.PostAsJsonAsync("/api/vehicles", VehicleRequests.Create(registration: created.GetProperty("registration").GetString()));
        using var stale = await manager.Client.DeleteAsync($"/api/vehicles/{created.Id()}?version=7");
        var entries = await manager.Client.GetFromJsonAsync<JsonElement>("/api/audit-logs");

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (duplicate.StatusCode, stale.StatusCode));
        Assert.Equal(["create"], entries.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task List_FiltersAndCursor_SelectAndPage()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        using var admin = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("admin"));
        var byManager = await VehicleRequests.CreateAsync(manager.Client);
        await VehicleRequests.CreateAsync(admin.Client);
        await VehicleRequests.CreateAsync(admin.Client);
        (await manager.Client.PutAsJsonAsync($"/api/vehicles/{byManager.Id()}", VehicleRequests.UpdateFrom(byManager, ("depot", "York")))).EnsureSuccessStatusCode();
        var adminId = (await admin.Client.GetFromJsonAsync<JsonElement>("/api/auth/me")).GetProperty("id").GetGuid();

        var byAdmin = await manager.Client.GetFromJsonAsync<JsonElement>($"/api/audit-logs?userId={adminId}");
        var updates = await manager.Client.GetFromJsonAsync<JsonElement>("/api/audit-logs?action=update");
        var future = await manager.Client.GetFromJsonAsync<JsonElement>($"/api/audit-logs?from={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(1).ToString("O"))}");
        var first = await manager.Client.GetFromJsonAsync<JsonElement>("/api/audit-logs?limit=3");
        var second = await manager.Client.GetFromJsonAsync<JsonElement>($"/api/audit-logs?limit=3&cursor={first.GetProperty("nextCursor").GetString()}");

        Assert.Equal(2, byAdmin.GetProperty("items").GetArrayLength());
        Assert.Equal([byManager.Id()], updates.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("entityId").GetGuid()));
        Assert.Equal(0, future.GetProperty("items").GetArrayLength());
        Assert.Equal(3, first.GetProperty("items").GetArrayLength());
        Assert.Equal(1, second.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
    }

    [Fact]
    public async Task List_CursorAcrossMonthPartitions_EachEntryOnceNewestIdFirst()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var entity = Guid.NewGuid();
        var thisMonth = new DateTimeOffset(DateTimeOffset.UtcNow.Year, DateTimeOffset.UtcNow.Month, 1, 0, 0, 0, TimeSpan.Zero);
        // The last entry is timed in the earlier month but has the newest id (a transaction that began
        // before midnight and committed after): the cursor follows ids whatever partition holds them.
        var times = new[] { thisMonth.AddMinutes(-2), thisMonth.AddMinutes(1), thisMonth.AddMinutes(-1) };
        var ids = new List<long>();
        foreach (var at in times) ids.Add(await InsertEntryAsync(company.CompanyId, entity, at));

        var first = await manager.Client.GetFromJsonAsync<JsonElement>($"/api/audit-logs?entityId={entity}&limit=2");
        var second = await manager.Client.GetFromJsonAsync<JsonElement>($"/api/audit-logs?entityId={entity}&limit=2&cursor={first.GetProperty("nextCursor").GetString()}");

        Assert.Equal([ids[2], ids[1]], first.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetInt64()));
        Assert.Equal([ids[0]], second.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetInt64()));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
        Assert.Equal(2, await PartitionCountAsync(entity));
    }

    private async Task<long> InsertEntryAsync(Guid companyId, Guid entityId, DateTimeOffset occurredAt)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var insert = new NpgsqlCommand("""
            INSERT INTO audit_log (company_id, action, entity_type, entity_id, changes, occurred_at)
            VALUES (@company, 'update', 'vehicle', @entity, '{}', @at)
            RETURNING id
            """, connection);
        insert.Parameters.AddWithValue("company", companyId);
        insert.Parameters.AddWithValue("entity", entityId);
        insert.Parameters.AddWithValue("at", occurredAt.UtcDateTime);
        return (long)(await insert.ExecuteScalarAsync())!;
    }

    private async Task<long> PartitionCountAsync(Guid entityId)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(DISTINCT tableoid) FROM audit_log WHERE entity_id = @entity", connection);
        count.Parameters.AddWithValue("entity", entityId);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task List_OtherCompanysEntries_NeverShown()
    {
        var mine = await fixture.NewCompanyAsync(vehicles: 0);
        var theirs = await fixture.NewCompanyAsync(vehicles: 0);
        using var them = await FleetHttp.SignInAsync(fixture.BaseAddress, theirs.Email("manager"));
        var theirVehicle = await VehicleRequests.CreateAsync(them.Client);
        using var me = await FleetHttp.SignInAsync(fixture.BaseAddress, mine.Email("admin"));

        var entries = await me.Client.GetFromJsonAsync<JsonElement>($"/api/audit-logs?entityId={theirVehicle.Id()}");

        Assert.Equal(0, entries.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("action=erase", "action")]
    [InlineData("limit=201", "limit")]
    [InlineData("cursor=%%%", "cursor")]
    [InlineData("from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", "to")]
    public async Task List_InvalidQuery_400NamingParameter(string query, string field)
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));

        using var response = await manager.Client.GetAsync($"/api/audit-logs?{query}");

        Assert.Equal([field], (await ProblemAssert.ValidationErrorsAsync(response)).Keys);
    }
}
