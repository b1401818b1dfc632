using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Shifts;

/// <summary>
/// The driver grain raises hoursApproaching and hoursBreached at the instants the rules give, from a
/// timer while on shift. The silo runs with a 3-second continuous-driving limit so the test need not wait hours.
/// </summary>
public sealed class HoursAlertTests
{
    [Fact]
    public async Task Driving_PastTheContinuousDrivingLimit_DashboardGetsApproachingThenBreached()
    {
        await using var database = new TestDatabase("hoursalerts");
        await using var silo = new SiloProcess(database.ConnectionString, $"hours-{Guid.NewGuid():N}", new Dictionary<string, string>
        {
            ["DriversHours__MaxContinuousDriving"] = "00:00:06",
            ["DriversHours__ApproachingLead"] = "00:00:03",
        });
        await silo.StartAsync();
        var company = await TestCompanyFactory.CreateAsync(database.ConnectionString, 1);
        var vehicleId = company.Vehicles[0].VehicleId;
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));
        await using var dashboard = await DashboardClient.ConnectAsync(silo.BaseAddress, manager.Cookies);
        using var driver = await ShiftDriver.SignInAsync(silo.BaseAddress, database.ConnectionString, company, company.Email("driver"));
        await driver.CheckAndStartAsync(vehicleId);

        (await driver.PostPositionAsync(vehicleId, DateTimeOffset.UtcNow, speed: 60)).EnsureSuccessStatusCode();

        var breached = await dashboard.WaitForEventAsync("hoursBreached", e => e.DriverId == driver.Id, TimeSpan.FromSeconds(20));
        var approaching = dashboard.Events.Single(e => e.Type == "hoursApproaching" && e.Details!["rule"] == "continuousDriving");
        Assert.Equal("continuousDriving", breached.Details!["rule"]);
        Assert.True(dashboard.Events.ToList().IndexOf(approaching) < dashboard.Events.ToList().IndexOf(breached));
        var limit = (await driver.CurrentAsync()).GetProperty("hours").GetProperty("limits").EnumerateArray().Single(l => l.GetProperty("rule").GetString() == "continuousDriving");
        Assert.Equal("breached", limit.GetProperty("state").GetString());
    }
}
