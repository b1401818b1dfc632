using System.Net;
using System.Net.Http.Json;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Shifts;

/// <summary>A signed-in driver posts positions only for the vehicle of their shift; devices and managers are not held to shifts.</summary>
[Collection(SingleSiloCollection.Name)]
public sealed class ShiftPositionsTests(SingleSiloFixture fixture)
{
    [Fact]
    public async Task PostLocation_DriverOffDuty_403StartAShiftFirst()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var driver = await SignInAsync(company);

        using var response = await driver.PostPositionAsync(company.Vehicles[0].VehicleId, DateTimeOffset.UtcNow, speed: 10);

        var problem = await ShiftProblemAssert.NamesFieldAsync(response, HttpStatusCode.Forbidden, "vehicleId");
        Assert.Contains("start a shift first", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await HistoryQueries.CountAsync(fixture.ConnectionString, company.Vehicles[0].VehicleId));
    }

    [Fact]
    public async Task PostLocation_DriverOnShiftForAnotherVehicle_403NamingVehicleIdNothingStored()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 2);
        using var driver = await SignInAsync(company);
        await driver.CheckAndStartAsync(company.Vehicles[0].VehicleId);

        using var single = await driver.PostPositionAsync(company.Vehicles[1].VehicleId, DateTimeOffset.UtcNow, speed: 10);
        using var batch = await driver.Client.PostAsJsonAsync("/api/locations/batch", new
        {
            positions = new[]
            {
                FleetHttp.Position(DateTimeOffset.UtcNow.AddSeconds(-2), 51, 0, vehicleId: company.Vehicles[0].VehicleId),
                FleetHttp.Position(DateTimeOffset.UtcNow.AddSeconds(-1), 51, 0, vehicleId: company.Vehicles[1].VehicleId),
            },
        });

        await ShiftProblemAssert.NamesFieldAsync(single, HttpStatusCode.Forbidden, "vehicleId");
        await ShiftProblemAssert.NamesFieldAsync(batch, HttpStatusCode.Forbidden, "positions[1].vehicleId");
        Assert.Equal(0, await HistoryQueries.CountAsync(fixture.ConnectionString, company.Vehicles[0].VehicleId));
        Assert.Equal(0, await HistoryQueries.CountAsync(fixture.ConnectionString, company.Vehicles[1].VehicleId));
    }

    [Fact]
    public async Task PostLocation_DriverOnShiftForTheShiftsVehicle_Stored()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var driver = await SignInAsync(company);
        await driver.CheckAndStartAsync(company.Vehicles[0].VehicleId);

        using var response = await driver.PostPositionAsync(company.Vehicles[0].VehicleId, DateTimeOffset.UtcNow, speed: 10);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, await HistoryQueries.CountAsync(fixture.ConnectionString, company.Vehicles[0].VehicleId));
    }

    [Fact]
    public async Task PostLocation_DeviceAndManagerWhileDriverOnShiftElsewhere_Stored()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 2);
        using var driver = await SignInAsync(company);
        await driver.CheckAndStartAsync(company.Vehicles[0].VehicleId);
        using var device = FleetHttp.Device(fixture.BaseAddress, company.Vehicles[1].DeviceToken);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));

        using var fromDevice = await device.PostAsJsonAsync("/api/locations", FleetHttp.Position(DateTimeOffset.UtcNow.AddSeconds(-1), 51, 0));
        using var fromManager = await manager.Client.PostAsJsonAsync("/api/locations", FleetHttp.Position(DateTimeOffset.UtcNow, 51, 0, vehicleId: company.Vehicles[1].VehicleId));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (fromDevice.StatusCode, fromManager.StatusCode));
    }

    private Task<ShiftDriver> SignInAsync(TestCompany company) =>
        ShiftDriver.SignInAsync(fixture.BaseAddress, fixture.ConnectionString, company, company.Email("driver"));
}
