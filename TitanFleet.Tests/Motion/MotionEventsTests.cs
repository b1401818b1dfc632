using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using TitanFleet.Grains.Events;
using TitanFleet.Tests.Api.Company;
using TitanFleet.Tests.Fixtures;
using TitanFleet.Tests.Geofences;
using TitanFleet.Tests.Shifts;

namespace TitanFleet.Tests.Motion;

/// <summary>
/// Motion events end to end: a device posts over HTTP, a manager's real SignalR dashboard receives
/// overspeed (company limit per vehicle type, or a geofence's lower one) and, once the pings stop,
/// deviceOffline; a driver whose vehicle goes offline while moving stops driving at the last fix.
/// Test companies' HGVs have the default company limit of 90 km/h; overspeed needs 20 s of fix time.
/// </summary>
public sealed class MotionEventsTests(MotionSiloFixture silo) : IClassFixture<MotionSiloFixture>
{
    private static readonly TimeSpan PushWait = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task DriveOverTheTypeLimitThenFallSilent_OverspeedOnceThenDeviceOffline()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, 1);
        var vehicle = company.Vehicles[0];
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));
        await using var dashboard = await DashboardClient.ConnectAsync(silo.BaseAddress, manager.Cookies);
        var t0 = VehicleDrive.Start();

        await PostAsync(vehicle, (t0, 51.50, 100), (t0.AddSeconds(10), 51.501, 120), (t0.AddSeconds(20), 51.502, 110), (t0.AddSeconds(30), 51.503, 100), (t0.AddSeconds(40), 51.504, 60));

        var overspeed = await dashboard.WaitForEventAsync(FleetEventTypes.Overspeed, e => e.VehicleId == vehicle.VehicleId, PushWait);
        var offline = await dashboard.WaitForEventAsync(FleetEventTypes.DeviceOffline, e => e.VehicleId == vehicle.VehicleId, PushWait);
        Assert.Equal(t0.AddSeconds(20), overspeed.OccurredAt);
        Assert.Equal(("120", "90", "vehicleType", "20"),
            (overspeed.Details!["speedKmh"], overspeed.Details["limitKmh"], overspeed.Details["limitSource"], overspeed.Details["durationSeconds"]));
        Assert.Single(dashboard.Events, e => e.Type == FleetEventTypes.Overspeed && e.VehicleId == vehicle.VehicleId);
        var mine = dashboard.Events.Where(e => e.VehicleId == vehicle.VehicleId && e.Type.StartsWith("device", StringComparison.Ordinal)).Select(e => e.Type);
        Assert.Equal([FleetEventTypes.DeviceOnline, FleetEventTypes.DeviceOffline], mine);
        var lastSeen = DateTimeOffset.Parse(offline.Details!["lastSeen"], CultureInfo.InvariantCulture);
        Assert.True(offline.OccurredAt - lastSeen >= MotionSiloFixture.OfflineAfter, $"offline at {offline.OccurredAt:O}, last seen {lastSeen:O}");
        var live = await manager.Client.GetFromJsonAsync<JsonElement>($"/api/vehicles/{vehicle.VehicleId}/live");
        Assert.Equal("offline", live.GetProperty("status").GetString());
    }

    [Fact]
    public async Task DriveInsideGeofenceWithLowerLimit_OverspeedNamesTheGeofence()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, 1);
        var vehicle = company.Vehicles[0];
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));
        await using var dashboard = await DashboardClient.ConnectAsync(silo.BaseAddress, manager.Cookies);
        var body = GeofenceRequests.Circle(51.5, -0.12, 1_000, name: "School lane");
        body["speedLimitKmh"] = 30;
        var geofence = await GeofenceRequests.CreateAsync(manager.Client, body);
        var t0 = VehicleDrive.Start();

        await PostAsync(vehicle, (t0, 51.500, 50), (t0.AddSeconds(10), 51.5005, 50), (t0.AddSeconds(20), 51.501, 50));

        var overspeed = await dashboard.WaitForEventAsync(FleetEventTypes.Overspeed, e => e.VehicleId == vehicle.VehicleId, PushWait);
        Assert.Equal(30, geofence.GetProperty("speedLimitKmh").GetInt32());
        Assert.Equal(("50", "30", "geofence", geofence.Id().ToString()),
            (overspeed.Details!["speedKmh"], overspeed.Details["limitKmh"], overspeed.Details["limitSource"], overspeed.Details["geofenceId"]));
    }

    [Fact]
    public async Task CompanyOverspeedMinDuration_SetAfterTheGrainCachedTheDefault_ShortEpisodeFiresOnTheNextFix()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, 1);
        var vehicle = company.Vehicles[0];
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));
        await using var dashboard = await DashboardClient.ConnectAsync(silo.BaseAddress, manager.Cookies);
        var t0 = VehicleDrive.Start();
        // The first fix loads the company's rules into the silo's cache (the server's 20 s then).
        await PostAsync(vehicle, (t0, 51.50, 60));
        await dashboard.WaitForEventAsync(FleetEventTypes.DeviceOnline, e => e.VehicleId == vehicle.VehicleId, PushWait);
        using (var admin = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("admin")))
        {
            var current = await CompanyRequests.GetAsync(admin.Client);
            Assert.Equal(JsonValueKind.Null, current.GetProperty("overspeedMinDurationSeconds").ValueKind);
            using var put = await admin.Client.PutAsJsonAsync("/api/company", CompanyRequests.UpdateFrom(current, ("overspeedMinDurationSeconds", 5)));
            put.EnsureSuccessStatusCode();
        }

        // 6 s above the HGV limit: no episode under the server's 20 s, one under the company's 5 s.
        await PostAsync(vehicle, (t0.AddSeconds(10), 51.501, 120), (t0.AddSeconds(16), 51.502, 120), (t0.AddSeconds(20), 51.503, 60));

        var overspeed = await dashboard.WaitForEventAsync(FleetEventTypes.Overspeed, e => e.VehicleId == vehicle.VehicleId, PushWait);
        Assert.Equal(t0.AddSeconds(16), overspeed.OccurredAt);
    }

    [Fact]
    public async Task VehicleGoesOfflineWhileDriving_DriverStopsDrivingAtTheLastFix()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, 1);
        var vehicleId = company.Vehicles[0].VehicleId;
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));
        await using var dashboard = await DashboardClient.ConnectAsync(silo.BaseAddress, manager.Cookies);
        using var driver = await ShiftDriver.SignInAsync(silo.BaseAddress, silo.ConnectionString, company, company.Email("driver"));
        await driver.CheckAndStartAsync(vehicleId);
        var first = WholeSecond(DateTimeOffset.UtcNow);
        var last = first.AddSeconds(1);

        (await driver.PostPositionAsync(vehicleId, first, speed: 60)).EnsureSuccessStatusCode();
        await WaitForShiftAsync(driver, s => s.GetProperty("activity").GetString() == "driving");
        (await driver.PostPositionAsync(vehicleId, last, speed: 60, latitude: 51.5002)).EnsureSuccessStatusCode();
        await dashboard.WaitForEventAsync(FleetEventTypes.DeviceOffline, e => e.VehicleId == vehicleId, PushWait);

        var shift = await WaitForShiftAsync(driver, s => s.GetProperty("activity").GetString() != "driving");
        Assert.Equal("otherWork", shift.GetProperty("activity").GetString());
        Assert.Equal(last, shift.GetProperty("activitySince").GetDateTimeOffset());
    }

    [Fact]
    public async Task PresenceRowOfSiloGoneFromMembership_BackstopTakesTheVehicleOverAndItGoesOffline()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, 1);
        var vehicleId = company.Vehicles[0].VehicleId;
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));
        await using var dashboard = await DashboardClient.ConnectAsync(silo.BaseAddress, manager.Cookies);

        // A silo that died and whose membership entry was since cleaned up left this row behind.
        await using (var dataSource = Npgsql.NpgsqlDataSource.Create(silo.ConnectionString))
        await using (var orphan = dataSource.CreateCommand("INSERT INTO vehicle_presence (vehicle_id, silo, since) VALUES (@vehicle, '10.255.255.1:11111@1', @since)"))
        {
            orphan.Parameters.AddWithValue("vehicle", vehicleId);
            orphan.Parameters.AddWithValue("since", DateTimeOffset.UtcNow.AddMinutes(-1));
            await orphan.ExecuteNonQueryAsync();
        }

        await dashboard.WaitForEventAsync(FleetEventTypes.DeviceOffline, e => e.VehicleId == vehicleId, PushWait);
    }

    private async Task PostAsync(TestVehicle vehicle, params (DateTimeOffset At, double Latitude, double Speed)[] fixes)
    {
        using var device = FleetHttp.Device(silo.BaseAddress, vehicle.DeviceToken);
        var positions = fixes.Select(f => FleetHttp.Position(f.At, f.Latitude, -0.12, speed: f.Speed)).ToArray();
        using var response = await device.PostAsJsonAsync("/api/locations/batch", new { positions });
        Assert.True(response.IsSuccessStatusCode, $"Posting fixes answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task<JsonElement> WaitForShiftAsync(ShiftDriver driver, Func<JsonElement, bool> predicate)
    {
        var deadline = DateTimeOffset.UtcNow + PushWait;
        while (true)
        {
            var shift = await driver.CurrentAsync();
            if (predicate(shift)) return shift;
            if (DateTimeOffset.UtcNow > deadline) throw new TimeoutException($"The shift did not change within {PushWait}: activity {shift.GetProperty("activity")} since {shift.GetProperty("activitySince")}");
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }

    private static DateTimeOffset WholeSecond(DateTimeOffset at) => at.AddTicks(-(at.Ticks % TimeSpan.TicksPerSecond));
}
