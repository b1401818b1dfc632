using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TitanFleet.Tests.Api.Users;
using TitanFleet.Tests.Fixtures;
using static TitanFleet.Tests.Checks.CheckRequests;

namespace TitanFleet.Tests.Checks;

/// <summary>The check list: filters, cursor pages, and drivers seeing only their own checks.</summary>
[Collection(SingleSiloCollection.Name)]
public sealed class InspectionListTests(SingleSiloFixture fixture)
{
    [Fact]
    public async Task List_Filters_VehicleDriverDefectsAndDates()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 2);
        var (first, second) = (company.Vehicles[0].VehicleId, company.Vehicles[1].VehicleId);
        using var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver"));
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var nil = await SubmittedAsync(driver, Check(first, HgvCodes));
        var failed = await SubmittedAsync(driver, Check(second, HgvCodes, Fail("horn", "Silent")));
        var managers = await SubmittedAsync(manager, Check(first, HgvCodes));
        var driverId = (await driver.Client.GetFromJsonAsync<JsonElement>("/api/auth/me")).GetProperty("id").GetGuid();
        var later = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(5).ToString("O"));

        Assert.Equal([managers, failed, nil], await IdsAsync(manager, ""));
        Assert.Equal([managers, nil], await IdsAsync(manager, $"vehicleId={first}"));
        Assert.Equal([failed, nil], await IdsAsync(manager, $"driverId={driverId}"));
        Assert.Equal([failed], await IdsAsync(manager, "hasDefects=true"));
        Assert.Equal([managers, nil], await IdsAsync(manager, "hasDefects=false"));
        Assert.Empty(await IdsAsync(manager, $"from={later}"));
        Assert.Equal([managers, failed, nil], await IdsAsync(manager, $"to={later}"));
    }

    [Fact]
    public async Task List_Limit_CursorPagesThroughEveryCheckOnce()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver"));
        var submitted = new List<Guid>();
        for (var i = 0; i < 5; i++) submitted.Add(await SubmittedAsync(driver, Check(company.Vehicles[0].VehicleId, HgvCodes)));

        var seen = new List<Guid>();
        string? cursor = null;
        do
        {
            var page = await driver.Client.GetFromJsonAsync<JsonElement>($"/api/inspections?limit=2{(cursor is null ? "" : $"&cursor={cursor}")}");
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetGuid()));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        Assert.Equal(Enumerable.Reverse(submitted), seen);
    }

    [Fact]
    public async Task List_AsDriver_OnlyOwnChecksWhateverTheFilters()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicleId = company.Vehicles[0].VehicleId;
        using var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver"));
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var own = await SubmittedAsync(driver, Check(vehicleId, HgvCodes));
        var managers = await SubmittedAsync(manager, Check(vehicleId, HgvCodes));
        var managerId = (await manager.Client.GetFromJsonAsync<JsonElement>("/api/auth/me")).GetProperty("id").GetGuid();

        Assert.Equal([own], await IdsAsync(driver, ""));
        Assert.Empty(await IdsAsync(driver, $"driverId={managerId}"));
        Assert.Equal(HttpStatusCode.NotFound, (await driver.Client.GetAsync($"/api/inspections/{managers}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await manager.Client.GetAsync($"/api/inspections/{own}")).StatusCode);
    }

    [Fact]
    public async Task Get_AnotherCompanysCheck_404()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var other = await fixture.NewCompanyAsync(vehicles: 0);
        using var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver"));
        using var otherManager = await FleetHttp.SignInAsync(fixture.BaseAddress, other.Email("manager"));
        var id = await SubmittedAsync(driver, Check(company.Vehicles[0].VehicleId, HgvCodes));

        Assert.Equal(HttpStatusCode.NotFound, (await otherManager.Client.GetAsync($"/api/inspections/{id}")).StatusCode);
        Assert.Empty(await IdsAsync(otherManager, $"vehicleId={company.Vehicles[0].VehicleId}"));
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=201", "limit")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    [InlineData("from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", "to")]
    public async Task List_InvalidQuery_400NamingIt(string query, string field)
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));

        using var response = await manager.Client.GetAsync($"/api/inspections?{query}");

        Assert.Equal([field], (await ProblemAssert.ValidationErrorsAsync(response)).Keys);
    }

    private static async Task<Guid> SubmittedAsync(FleetHttp.SignedIn user, System.Text.Json.Nodes.JsonObject check) =>
        (await RecordAsserts.JsonAsync(await SubmitAsync(user.Client, check), HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private static async Task<Guid[]> IdsAsync(FleetHttp.SignedIn user, string query)
    {
        var page = await user.Client.GetFromJsonAsync<JsonElement>($"/api/inspections?{query}");
        return [.. page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetGuid())];
    }
}
