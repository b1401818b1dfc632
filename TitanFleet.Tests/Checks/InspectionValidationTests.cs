using System.Net;
using System.Text.Json.Nodes;
using TitanFleet.Tests.Api.Files;
using TitanFleet.Tests.Api.Users;
using TitanFleet.Tests.Fixtures;
using static TitanFleet.Tests.Checks.CheckRequests;

namespace TitanFleet.Tests.Checks;

/// <summary>Each rule of a check answers 400 problem+json naming the field, and a refused check writes nothing.</summary>
[Collection(SingleSiloCollection.Name)]
public sealed class InspectionValidationTests(SingleSiloFixture fixture)
{
    [Fact]
    public async Task Submit_ItemMissing_400NamingTheItem()
    {
        var (company, driver) = await DriverAsync();
        var vehicleId = company.Vehicles[0].VehicleId;

        var errors = await RefusedAsync(driver, Check(vehicleId, HgvCodes.Where(code => code != "coupling")), vehicleId);

        Assert.Equal(["results.coupling"], errors.Keys);
    }

    [Fact]
    public async Task Submit_UnknownItem_400NamingTheItem()
    {
        var (company, driver) = await DriverAsync();
        var vehicleId = company.Vehicles[0].VehicleId;

        var errors = await RefusedAsync(driver, Check(vehicleId, HgvCodes, Pass("fire_extinguisher")), vehicleId);

        Assert.Equal(["results.fire_extinguisher"], errors.Keys);
    }

    [Fact]
    public async Task Submit_ItemTwice_400NamingTheItem()
    {
        var (company, driver) = await DriverAsync();
        var vehicleId = company.Vehicles[0].VehicleId;
        var check = Check(vehicleId, HgvCodes);
        check["results"]!.AsArray().Add(Fail("horn", "Silent"));

        var errors = await RefusedAsync(driver, check, vehicleId);

        Assert.Equal(["results.horn"], errors.Keys);
    }

    [Fact]
    public async Task Submit_FailWithoutNote_400NamingTheNote()
    {
        var (company, driver) = await DriverAsync();
        var vehicleId = company.Vehicles[0].VehicleId;

        var errors = await RefusedAsync(driver, Check(vehicleId, HgvCodes, Fail("steering", "   ")), vehicleId);

        Assert.Equal(["results.steering.note"], errors.Keys);
    }

    [Theory]
    [InlineData("result", "broken")]
    [InlineData("severity", "catastrophic")]
    public async Task Submit_UnknownResultOrSeverity_400NamingIt(string field, string value)
    {
        var (company, driver) = await DriverAsync();
        var vehicleId = company.Vehicles[0].VehicleId;
        var failed = Fail("horn", "Silent");
        failed[field] = value;

        var errors = await RefusedAsync(driver, Check(vehicleId, HgvCodes, failed), vehicleId);

        Assert.Equal([$"results.horn.{field}"], errors.Keys);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public async Task Submit_FuelOutOfRange_400NamingFuel(int fuel)
    {
        var (company, driver) = await DriverAsync();
        var vehicleId = company.Vehicles[0].VehicleId;
        var check = Check(vehicleId, HgvCodes);
        check["fuelLevelPercent"] = fuel;

        var errors = await RefusedAsync(driver, check, vehicleId);

        Assert.Equal(["fuelLevelPercent"], errors.Keys);
    }

    [Fact]
    public async Task Submit_NegativeOdometerAndNoResults_400NamingBoth()
    {
        var (company, driver) = await DriverAsync();
        var vehicleId = company.Vehicles[0].VehicleId;
        var check = Check(vehicleId, []);
        check["odometerKm"] = -5;

        var errors = await RefusedAsync(driver, check, vehicleId);

        Assert.Equal(["odometerKm", "results"], errors.Keys.Order());
    }

    [Fact]
    public async Task Submit_PhotoOfAnotherVehicle_400NamingThePhotos()
    {
        var (company, driver) = await DriverAsync(vehicles: 2);
        var vehicleId = company.Vehicles[0].VehicleId;
        var photo = await UploadAsync(driver, company.Vehicles[1].VehicleId);

        var errors = await RefusedAsync(driver, Check(vehicleId, HgvCodes, Fail("mirrors_glass", "Cracked", photos: photo)), vehicleId);

        Assert.Equal(["results.mirrors_glass.photoFileIds"], errors.Keys);
    }

    [Fact]
    public async Task Submit_PhotoOfAnotherCompany_400NamingThePhotos()
    {
        var (company, driver) = await DriverAsync();
        var (other, otherDriver) = await DriverAsync();
        var vehicleId = company.Vehicles[0].VehicleId;
        var photo = await UploadAsync(otherDriver, other.Vehicles[0].VehicleId);

        var errors = await RefusedAsync(driver, Check(vehicleId, HgvCodes, Fail("mirrors_glass", "Cracked", photos: photo)), vehicleId);

        Assert.Equal(["results.mirrors_glass.photoFileIds"], errors.Keys);
    }

    [Fact]
    public async Task Submit_DeletedPhoto_400NamingThePhotos()
    {
        var (company, driver) = await DriverAsync();
        var vehicleId = company.Vehicles[0].VehicleId;
        var photo = await UploadAsync(driver, vehicleId);
        (await driver.Client.DeleteAsync($"/api/files/{photo}")).EnsureSuccessStatusCode();

        var errors = await RefusedAsync(driver, Check(vehicleId, HgvCodes, Fail("mirrors_glass", "Cracked", photos: photo)), vehicleId);

        Assert.Equal(["results.mirrors_glass.photoFileIds"], errors.Keys);
    }

    private async Task<(TestCompany Company, FleetHttp.SignedIn Driver)> DriverAsync(int vehicles = 1)
    {
        var company = await fixture.NewCompanyAsync(vehicles);
        return (company, await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver")));
    }

    private static async Task<Guid> UploadAsync(FleetHttp.SignedIn user, Guid vehicleId) =>
        (await RecordAsserts.JsonAsync(await user.Client.PostAsync("/api/files", FileSamples.Form(FileSamples.Png, "photo.png", "image/png", vehicleId)), HttpStatusCode.Created))
            .GetProperty("id").GetGuid();

    private async Task<Dictionary<string, string[]>> RefusedAsync(FleetHttp.SignedIn driver, JsonObject check, Guid vehicleId)
    {
        using var response = await SubmitAsync(driver.Client, check);
        var errors = await ProblemAssert.ValidationErrorsAsync(response);
        Assert.Equal(0, await CheckQueries.InspectionCountAsync(fixture.ConnectionString, vehicleId));
        Assert.Equal(0, await CheckQueries.DefectCountAsync(fixture.ConnectionString, vehicleId));
        return errors;
    }
}
