using System.Net.Http.Json;
using System.Text.Json;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Shifts;

/// <summary>A driver on shift is still on shift, in the same vehicle from the same start, after their silo is killed.</summary>
public sealed class ShiftCrashRecoveryTests
{
    [Fact]
    public async Task Shift_SiloKilledAndRestarted_StillOnShiftWithSameVehicleAndStart()
    {
        await using var database = new TestDatabase("shiftcrash");
        await using var first = new SiloProcess(database.ConnectionString, $"shiftcrash-{Guid.NewGuid():N}");
        await first.StartAsync();
        var company = await TestCompanyFactory.CreateAsync(database.ConnectionString, 1);
        var vehicleId = company.Vehicles[0].VehicleId;
        JsonElement before;
        using (var driver = await ShiftDriver.SignInAsync(first.BaseAddress, database.ConnectionString, company, company.Email("driver")))
        {
            before = await driver.CheckAndStartAsync(vehicleId);
        }

        await first.KillAsync();
        await using var second = first.SameSiloAgain();
        await second.StartAsync();

        using var again = await ShiftDriver.SignInAsync(second.BaseAddress, database.ConnectionString, company, company.Email("driver"));
        var after = await again.CurrentAsync();
        Assert.Equal("onShift", after.GetProperty("state").GetString());
        Assert.Equal(before.GetProperty("shiftId").GetGuid(), after.GetProperty("shiftId").GetGuid());
        Assert.Equal(vehicleId, after.GetProperty("vehicleId").GetGuid());
        Assert.Equal(before.GetProperty("startedAt").GetDateTimeOffset(), after.GetProperty("startedAt").GetDateTimeOffset());
        using var manager = await FleetHttp.SignInAsync(second.BaseAddress, company.Email("manager"));
        var live = await manager.Client.GetFromJsonAsync<JsonElement>($"/api/vehicles/{vehicleId}/live");
        Assert.Equal("Test driver", live.GetProperty("driverName").GetString());
        (await again.PostPositionAsync(vehicleId, DateTimeOffset.UtcNow, speed: 0)).EnsureSuccessStatusCode();
    }
}
