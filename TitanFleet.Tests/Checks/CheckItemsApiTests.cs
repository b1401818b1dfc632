using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TitanFleet.Tests.Api.Users;
using TitanFleet.Tests.Fixtures;
using static TitanFleet.Tests.Checks.CheckRequests;

namespace TitanFleet.Tests.Checks;

/// <summary>The item lists per vehicle type: the built-in DVSA lists, extended by a company's own items, which its checks must then answer.</summary>
[Collection(SingleSiloCollection.Name)]
public sealed class CheckItemsApiTests(SingleSiloFixture fixture)
{
    [Fact]
    public async Task List_Hgv_BuiltInListInOrder()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver"));

        var list = await driver.Client.GetFromJsonAsync<JsonElement>("/api/check-items?vehicleType=hgv");
        var brakes = list.GetProperty("items").EnumerateArray().Single(item => item.GetProperty("code").GetString() == "brakes_air");

        Assert.Equal("hgv", list.GetProperty("vehicleType").GetString());
        Assert.Equal(HgvCodes, list.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("code").GetString()));
        Assert.Equal(("Brakes and air build-up", "cab", "dangerous", true), (brakes.GetProperty("label").GetString(),
            brakes.GetProperty("category").GetString(), brakes.GetProperty("defaultSeverity").GetString(), brakes.GetProperty("builtIn").GetBoolean()));
    }

    [Fact]
    public async Task Create_CompanyItem_ExtendsOnlyThatCompanysList()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        var other = await fixture.NewCompanyAsync(vehicles: 0);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        using var otherDriver = await FleetHttp.SignInAsync(fixture.BaseAddress, other.Email("driver"));

        var first = await RecordAsserts.JsonAsync(await manager.Client.PostAsJsonAsync("/api/check-items", Item("tail_lift")), HttpStatusCode.Created);
        await RecordAsserts.JsonAsync(await manager.Client.PostAsJsonAsync("/api/check-items", Item("fridge_unit")), HttpStatusCode.Created);
        var codes = await CodesAsync(manager.Client);

        Assert.Equal(("tail_lift", "Tail lift", "equipment", "minor", false), (first.GetProperty("code").GetString(), first.GetProperty("label").GetString(),
            first.GetProperty("category").GetString(), first.GetProperty("defaultSeverity").GetString(), first.GetProperty("builtIn").GetBoolean()));
        Assert.Equal([.. HgvCodes, "tail_lift", "fridge_unit"], codes);
        Assert.Equal(HgvCodes, await CodesAsync(otherDriver.Client));
        Assert.DoesNotContain("tail_lift", await CodesAsync(manager.Client, "van"));
    }

    [Theory]
    [InlineData("horn")]
    [InlineData("tail_lift")]
    public async Task Create_CodeTheListHas_409NamingCode(string code)
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        await RecordAsserts.JsonAsync(await manager.Client.PostAsJsonAsync("/api/check-items", Item("tail_lift")), HttpStatusCode.Created);

        using var response = await manager.Client.PostAsJsonAsync("/api/check-items", Item(code));

        var codes = await CodesAsync(manager.Client);

        Assert.Equal("code", await RecordAsserts.ConflictFieldAsync(response));
        Assert.Equal([.. HgvCodes, "tail_lift"], codes);
    }

    [Theory]
    [InlineData("code", "Tail Lift")]
    [InlineData("code", "tail_lift\n")]
    [InlineData("vehicleType", "tram")]
    [InlineData("defaultSeverity", "severe")]
    [InlineData("label", "")]
    public async Task Create_InvalidField_400NamingIt(string field, string value)
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var body = Item("tail_lift");
        body[field] = value;

        using var response = await manager.Client.PostAsJsonAsync("/api/check-items", body);

        Assert.Equal([field], (await ProblemAssert.ValidationErrorsAsync(response)).Keys);
    }

    [Fact]
    public async Task Submit_AfterCompanyItemAdded_ItemRequiredAndStored()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicleId = company.Vehicles[0].VehicleId;
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        using var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver"));
        await RecordAsserts.JsonAsync(await manager.Client.PostAsJsonAsync("/api/check-items", Item("tail_lift", "dangerous")), HttpStatusCode.Created);

        using var withoutIt = await SubmitAsync(driver.Client, Check(vehicleId, HgvCodes));
        var withIt = await RecordAsserts.JsonAsync(
            await SubmitAsync(driver.Client, Check(vehicleId, HgvCodes, Fail("tail_lift", "Hydraulic leak"))), HttpStatusCode.Created);

        Assert.Equal(["results.tail_lift"], (await ProblemAssert.ValidationErrorsAsync(withoutIt)).Keys);
        var result = withIt.GetProperty("results").EnumerateArray().Last();
        Assert.Equal(("tail_lift", "Tail lift", "equipment"), (result.GetProperty("itemCode").GetString(), result.GetProperty("label").GetString(), result.GetProperty("category").GetString()));
        Assert.Equal("dangerous", Assert.Single(withIt.GetProperty("defects").EnumerateArray()).GetProperty("severity").GetString());
    }

    [Fact]
    public async Task Create_CompanyItem_Audited()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        await RecordAsserts.JsonAsync(await manager.Client.PostAsJsonAsync("/api/check-items", Item("tail_lift")), HttpStatusCode.Created);

        var page = await manager.Client.GetFromJsonAsync<JsonElement>("/api/audit-logs?entityType=checkItem");
        var entry = Assert.Single(page.GetProperty("items").EnumerateArray());

        Assert.Equal(("create", "tail_lift"), (entry.GetProperty("action").GetString(), entry.GetProperty("changes").GetProperty("code").GetProperty("after").GetString()));
    }

    private static Dictionary<string, object?> Item(string code, string severity = "minor") => new()
    {
        ["vehicleType"] = "hgv",
        ["code"] = code,
        ["label"] = "Tail lift",
        ["category"] = "equipment",
        ["defaultSeverity"] = severity,
    };
}
