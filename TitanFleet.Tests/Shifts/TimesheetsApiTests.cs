using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Shifts;

/// <summary>GET /api/timesheets (a driver's own only) and the managers' correction with a version.</summary>
[Collection(SingleSiloCollection.Name)]
public sealed class TimesheetsApiTests(SingleSiloFixture fixture)
{
    [Fact]
    public async Task List_Driver_SeesOnlyOwnWhateverTheFilter()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 2);
        var (own, others) = await TwoDriversShiftsAsync(company);
        using var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver"));
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));

        var mine = await driver.Client.GetFromJsonAsync<JsonElement>($"/api/timesheets?driverId={others.GetProperty("driverId").GetGuid()}");
        var all = await manager.Client.GetFromJsonAsync<JsonElement>("/api/timesheets");
        using var theirs = await driver.Client.GetAsync($"/api/timesheets/{others.GetProperty("id").GetGuid()}");

        Assert.Equal([own.GetProperty("id").GetGuid()], mine.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetGuid()));
        Assert.Equal(2, all.GetProperty("items").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
    }

    [Fact]
    public async Task List_FilteredByVehicleAndPaged_NewestFirst()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 2);
        var (own, others) = await TwoDriversShiftsAsync(company);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));

        var byVehicle = await manager.Client.GetFromJsonAsync<JsonElement>($"/api/timesheets?vehicleId={company.Vehicles[1].VehicleId}");
        var first = await manager.Client.GetFromJsonAsync<JsonElement>("/api/timesheets?limit=1");
        var second = await manager.Client.GetFromJsonAsync<JsonElement>($"/api/timesheets?limit=1&cursor={first.GetProperty("nextCursor").GetString()}");

        Assert.Equal(others.GetProperty("id").GetGuid(), Assert.Single(byVehicle.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(
            [others.GetProperty("id").GetGuid(), own.GetProperty("id").GetGuid()],
            new[] { first, second }.Select(page => Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid()));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    [InlineData("from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", "to")]
    public async Task List_InvalidQuery_400NamingTheField(string query, string field)
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));

        using var response = await manager.Client.GetAsync($"/api/timesheets?{query}");

        Assert.Contains(field, (await ProblemAssert.ValidationErrorsAsync(response)).Keys);
    }

    [Fact]
    public async Task Update_ManagerCorrectsOdometers_DistanceFollowsAuditedAndStaleVersion409()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var timesheet = await OneShiftAsync(company, company.Email("driver"), company.Vehicles[0].VehicleId, endKm: 120_050);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var id = timesheet.GetProperty("id").GetGuid();
        object Correction(int version) => new
        {
            startedAt = timesheet.GetProperty("startedAt").GetDateTimeOffset(),
            endedAt = timesheet.GetProperty("endedAt").GetDateTimeOffset(),
            startOdometerKm = 120_000,
            endOdometerKm = 120_075,
            version,
        };

        using var response = await manager.Client.PutAsJsonAsync($"/api/timesheets/{id}", Correction(1));
        using var stale = await manager.Client.PutAsJsonAsync($"/api/timesheets/{id}", Correction(1));

        var corrected = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((75, 2), (corrected.GetProperty("distanceKm").GetInt32(), corrected.GetProperty("version").GetInt32()));
        var problem = await ShiftProblemAssert.NamesFieldAsync(stale, HttpStatusCode.Conflict, "version");
        Assert.Equal(2, problem.GetProperty("currentVersion").GetInt32());
        Assert.Equal(2, await ShiftRows.AuditEntriesAsync(fixture.ConnectionString, "timesheet", id));
    }

    [Fact]
    public async Task Update_EndOdometerBelowStart_400NamingEndOdometerKm()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var timesheet = await OneShiftAsync(company, company.Email("driver"), company.Vehicles[0].VehicleId, endKm: 120_050);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));

        using var response = await manager.Client.PutAsJsonAsync($"/api/timesheets/{timesheet.GetProperty("id").GetGuid()}", new
        {
            startedAt = timesheet.GetProperty("startedAt").GetDateTimeOffset(),
            endedAt = timesheet.GetProperty("endedAt").GetDateTimeOffset(),
            startOdometerKm = 120_000,
            endOdometerKm = 119_999,
            version = 1,
        });

        Assert.Contains("endOdometerKm", (await ProblemAssert.ValidationErrorsAsync(response)).Keys);
    }

    [Theory]
    [InlineData("startedAt")]
    [InlineData("endedAt")]
    [InlineData("startOdometerKm")]
    [InlineData("version")]
    public async Task Update_RequiredFieldMissing_400NamingIt(string field)
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var timesheet = await OneShiftAsync(company, company.Email("driver"), company.Vehicles[0].VehicleId, endKm: 120_050);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var body = new Dictionary<string, object?>
        {
            ["startedAt"] = timesheet.GetProperty("startedAt").GetDateTimeOffset(),
            ["endedAt"] = timesheet.GetProperty("endedAt").GetDateTimeOffset(),
            ["startOdometerKm"] = 120_000,
            ["endOdometerKm"] = 120_050,
            ["version"] = 1,
        };
        body[field] = null;

        using var response = await manager.Client.PutAsJsonAsync($"/api/timesheets/{timesheet.GetProperty("id").GetGuid()}", body);

        Assert.Contains(field, (await ProblemAssert.ValidationErrorsAsync(response)).Keys);
    }

    [Fact]
    public async Task GetAndUpdate_OtherCompanysTimesheet_404()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var other = await fixture.NewCompanyAsync(vehicles: 1);
        var timesheet = await OneShiftAsync(company, company.Email("driver"), company.Vehicles[0].VehicleId, endKm: 120_001);
        using var outsider = await FleetHttp.SignInAsync(fixture.BaseAddress, other.Email("manager"));
        var id = timesheet.GetProperty("id").GetGuid();

        using var read = await outsider.Client.GetAsync($"/api/timesheets/{id}");
        using var write = await outsider.Client.PutAsJsonAsync($"/api/timesheets/{id}", new
        {
            startedAt = timesheet.GetProperty("startedAt").GetDateTimeOffset(),
            endedAt = timesheet.GetProperty("endedAt").GetDateTimeOffset(),
            startOdometerKm = 1,
            endOdometerKm = 2,
            version = 1,
        });
        var list = await outsider.Client.GetFromJsonAsync<JsonElement>("/api/timesheets");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (read.StatusCode, write.StatusCode));
        Assert.Equal(0, list.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Update_Driver_403()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var timesheet = await OneShiftAsync(company, company.Email("driver"), company.Vehicles[0].VehicleId, endKm: 120_001);
        using var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver"));

        using var response = await driver.Client.PutAsJsonAsync($"/api/timesheets/{timesheet.GetProperty("id").GetGuid()}", new { version = 1 });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    /// <summary>The company's driver ends a shift in the first vehicle, then a second driver one in the second vehicle.</summary>
    private async Task<(JsonElement Own, JsonElement Others)> TwoDriversShiftsAsync(TestCompany company)
    {
        var own = await OneShiftAsync(company, company.Email("driver"), company.Vehicles[0].VehicleId, endKm: 120_010);
        var (_, email) = await ShiftRows.InsertDriverAsync(fixture.ConnectionString, company, "Second Driver");
        var others = await OneShiftAsync(company, email, company.Vehicles[1].VehicleId, endKm: 120_020);
        return (own, others);
    }

    private async Task<JsonElement> OneShiftAsync(TestCompany company, string email, Guid vehicleId, int endKm)
    {
        using var driver = await ShiftDriver.SignInAsync(fixture.BaseAddress, fixture.ConnectionString, company, email);
        await driver.CheckAndStartAsync(vehicleId, odometerKm: 120_000);
        using var end = await driver.EndAsync(endKm);
        Assert.Equal(HttpStatusCode.OK, end.StatusCode);
        return await end.Content.ReadFromJsonAsync<JsonElement>();
    }
}
