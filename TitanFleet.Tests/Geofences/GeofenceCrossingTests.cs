using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using TitanFleet.Grains.Events;
using TitanFleet.Tests.Fixtures;
using TitanFleet.Tests.Shifts;
using static TitanFleet.Tests.Geofences.GeofenceRequests;

namespace TitanFleet.Tests.Geofences;

/// <summary>
/// Vehicles driving through geofences: enter and exit reach the company's dashboards once per
/// crossing, in fix-time order, with the dwell rule. Where a test proves that nothing fired, the
/// same vehicle then enters a "sentinel" circle elsewhere: events of one vehicle arrive in order,
/// so once the sentinel's enter is in, anything the drive had fired would be in too.
/// </summary>
[Collection(InProcessSiloCollection.Name)]
public sealed class GeofenceCrossingTests(InProcessSiloFixture silo)
{
    private const double SentinelLatitude = 51.6;
    private static readonly TimeSpan PushWait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task DriveThroughPolygon_EnterThenExitOnceEach_OccupancyFollows()
    {
        await using var watched = await SetUpAsync();
        var (company, manager, dashboard) = (watched.Company, watched.Manager, watched.Dashboard);
        var vehicle = company.Vehicles[0];
        var geofence = (await CreateAsync(manager.Client, Polygon(name: "Thames depot"))).Id();
        var t0 = VehicleDrive.Start();

        await DriveInAsync(vehicle, t0);
        var entered = await dashboard.WaitForEventAsync(FleetEventTypes.GeofenceEntered, Of(geofence), PushWait);
        var inside = await manager.Client.GetFromJsonAsync<JsonElement[]>($"/api/geofences/{geofence}/occupants");
        await VehicleDrive.PostAsync(silo.BaseAddress, vehicle,
            (t0.AddMinutes(3), 51.52, InsideLongitude), (t0.AddMinutes(4), 51.53, InsideLongitude));
        var exited = await dashboard.WaitForEventAsync(FleetEventTypes.GeofenceExited, Of(geofence), PushWait);
        var after = await manager.Client.GetFromJsonAsync<JsonElement[]>($"/api/geofences/{geofence}/occupants");

        Assert.Equal([FleetEventTypes.GeofenceEntered, FleetEventTypes.GeofenceExited], dashboard.Events.Where(Of(geofence)).Select(e => e.Type));
        Assert.Equal(t0.AddMinutes(1), entered.OccurredAt);
        Assert.Equal(t0.AddMinutes(3), exited.OccurredAt);
        Assert.Equal(vehicle.VehicleId, entered.VehicleId);
        Assert.Equal("Thames depot", entered.Details!["geofenceName"]);
        Assert.Equal(vehicle.VehicleId, Assert.Single(inside!).GetProperty("vehicleId").GetGuid());
        Assert.Empty(after!);
    }

    [Fact]
    public async Task Enter_DriverOnShift_EventNamesTheDriverAndTheirDailyRollupCountsTheVisit()
    {
        await using var watched = await SetUpAsync();
        var (company, manager, dashboard) = (watched.Company, watched.Manager, watched.Dashboard);
        var vehicle = company.Vehicles[0];
        using var driver = await ShiftDriver.SignInAsync(silo.BaseAddress, silo.ConnectionString, company, company.Email("driver"));
        await driver.CheckAndStartAsync(vehicle.VehicleId);
        var geofence = (await CreateAsync(manager.Client, Polygon(name: "Customer yard"))).Id();
        var t0 = VehicleDrive.Start();

        await DriveInAsync(vehicle, t0);
        var entered = await dashboard.WaitForEventAsync(FleetEventTypes.GeofenceEntered, Of(geofence), PushWait);

        Assert.Equal(driver.Id, entered.DriverId);
        Assert.Equal(1, await DriverGeofenceVisitsAsync(company.CompanyId, driver.Id, expected: 1));
    }

    [Fact]
    public async Task Enter_OccupancyWriteHeldUp_PingAnsweredAndOccupancyCommittedWithTheEnterEvent()
    {
        await using var watched = await SetUpAsync();
        var (company, manager, dashboard) = (watched.Company, watched.Manager, watched.Dashboard);
        var vehicle = company.Vehicles[0];
        var geofence = (await CreateAsync(manager.Client, Polygon(name: "Held depot"))).Id();
        var t0 = VehicleDrive.Start();

        // The silo's event writer blocks on the occupancy table until the lock goes: the crossing's
        // events and occupancy are one transaction, and the ping must not wait for it.
        await using var connection = new NpgsqlConnection(silo.ConnectionString);
        await connection.OpenAsync();
        JsonElement[]? whileHeld;
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await using (var hold = new NpgsqlCommand("LOCK TABLE geofence_occupants IN SHARE ROW EXCLUSIVE MODE", connection, transaction))
                await hold.ExecuteNonQueryAsync();
            await VehicleDrive.PostAsync(silo.BaseAddress, vehicle,
                (t0, OutsideLatitude, InsideLongitude), (t0.AddMinutes(1), InsideLatitude, InsideLongitude)).WaitAsync(PushWait);
            whileHeld = await manager.Client.GetFromJsonAsync<JsonElement[]>($"/api/geofences/{geofence}/occupants");
            await transaction.RollbackAsync();
        }
        await dashboard.WaitForEventAsync(FleetEventTypes.GeofenceEntered, Of(geofence), PushWait);
        var after = await manager.Client.GetFromJsonAsync<JsonElement[]>($"/api/geofences/{geofence}/occupants");

        Assert.Empty(whileHeld!);
        var occupant = Assert.Single(after!);
        Assert.Equal(vehicle.VehicleId, occupant.GetProperty("vehicleId").GetGuid());
        Assert.Equal(t0.AddMinutes(1), occupant.GetProperty("since").GetDateTimeOffset());
    }

    [Fact]
    public async Task PassByShorterThanDwell_FiresNothing()
    {
        await using var watched = await SetUpAsync();
        var (company, manager, dashboard) = (watched.Company, watched.Manager, watched.Dashboard);
        var vehicle = company.Vehicles[0];
        var geofence = (await CreateAsync(manager.Client, Polygon(minDwellSeconds: 300))).Id();
        var sentinel = (await CreateAsync(manager.Client, Circle(SentinelLatitude, InsideLongitude, 200))).Id();
        var t0 = VehicleDrive.Start();

        await VehicleDrive.PostAsync(silo.BaseAddress, vehicle,
            (t0, OutsideLatitude, InsideLongitude), (t0.AddMinutes(1), InsideLatitude, InsideLongitude),
            (t0.AddMinutes(5), InsideLatitude, InsideLongitude), (t0.AddMinutes(6), 51.52, InsideLongitude),
            (t0.AddMinutes(20), SentinelLatitude, InsideLongitude));

        await dashboard.WaitForEventAsync(FleetEventTypes.GeofenceEntered, Of(sentinel), PushWait);
        Assert.DoesNotContain(dashboard.Events, e => Of(geofence)(e));
    }

    [Fact]
    public async Task StayLongerThanDwell_EnterFiresOnceWhenDwellIsMet()
    {
        await using var watched = await SetUpAsync();
        var (company, manager, dashboard) = (watched.Company, watched.Manager, watched.Dashboard);
        var vehicle = company.Vehicles[0];
        var geofence = (await CreateAsync(manager.Client, Polygon(minDwellSeconds: 300))).Id();
        var t0 = VehicleDrive.Start();

        await VehicleDrive.PostAsync(silo.BaseAddress, vehicle,
            (t0, InsideLatitude, InsideLongitude), (t0.AddMinutes(2), InsideLatitude, InsideLongitude),
            (t0.AddMinutes(5), InsideLatitude, InsideLongitude), (t0.AddMinutes(7), InsideLatitude, InsideLongitude),
            (t0.AddMinutes(8), 51.52, InsideLongitude));

        var exited = await dashboard.WaitForEventAsync(FleetEventTypes.GeofenceExited, Of(geofence), PushWait);
        var entered = Assert.Single(dashboard.Events, e => e.Type == FleetEventTypes.GeofenceEntered && Of(geofence)(e));
        Assert.Equal(t0.AddMinutes(5), entered.OccurredAt);
        Assert.Equal(t0, DateTimeOffset.Parse(entered.Details!["insideSince"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(t0.AddMinutes(8), exited.OccurredAt);
    }

    [Fact]
    public async Task ScheduledGeofences_CrossingOutsideWindowSilent_InsideWindowAlerts()
    {
        await using var watched = await SetUpAsync();
        var (company, manager, dashboard) = (watched.Company, watched.Manager, watched.Dashboard);
        var vehicle = company.Vehicles[0];
        var t0 = VehicleDrive.Start();
        // Windows in the company's time zone (Europe/London) around the drive and well after it; an
        // end before the start runs overnight, so the windows hold whatever the time of day.
        var local = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(t0, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).DateTime);
        var during = (await CreateAsync(manager.Client, Scheduled(local.AddHours(-1), local.AddHours(1)))).Id();
        var later = (await CreateAsync(manager.Client, Scheduled(local.AddHours(2), local.AddHours(4)))).Id();

        await VehicleDrive.PostAsync(silo.BaseAddress, vehicle,
            (t0, OutsideLatitude, InsideLongitude), (t0.AddMinutes(1), InsideLatitude, InsideLongitude), (t0.AddMinutes(2), 51.52, InsideLongitude));

        // Both geofences are the same square, crossed by the same fixes: the later window's enter, had it
        // alerted, would have been announced before the other's exit.
        await dashboard.WaitForEventAsync(FleetEventTypes.GeofenceExited, Of(during), PushWait);
        Assert.Equal([FleetEventTypes.GeofenceEntered, FleetEventTypes.GeofenceExited], dashboard.Events.Where(Of(during)).Select(e => e.Type));
        Assert.DoesNotContain(dashboard.Events, e => Of(later)(e));
    }

    private static System.Text.Json.Nodes.JsonObject Scheduled(TimeOnly start, TimeOnly end)
    {
        var body = Polygon();
        body["schedule"] = new System.Text.Json.Nodes.JsonObject
        {
            ["days"] = new System.Text.Json.Nodes.JsonArray("sun", "mon", "tue", "wed", "thu", "fri", "sat"),
            ["start"] = start.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            ["end"] = end.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        };
        return body;
    }

    [Fact]
    public async Task OutOfOrderFixInside_OlderThanLastApplied_FiresNothing()
    {
        await using var watched = await SetUpAsync();
        var (company, manager, dashboard) = (watched.Company, watched.Manager, watched.Dashboard);
        var vehicle = company.Vehicles[0];
        var geofence = (await CreateAsync(manager.Client, Polygon())).Id();
        var sentinel = (await CreateAsync(manager.Client, Circle(SentinelLatitude, InsideLongitude, 200))).Id();
        var t0 = VehicleDrive.Start();
        await VehicleDrive.PostAsync(silo.BaseAddress, vehicle, (t0, OutsideLatitude, InsideLongitude), (t0.AddMinutes(2), 51.52, InsideLongitude));

        await VehicleDrive.PostAsync(silo.BaseAddress, vehicle, (t0.AddMinutes(1), InsideLatitude, InsideLongitude));
        await VehicleDrive.PostAsync(silo.BaseAddress, vehicle, (t0.AddMinutes(20), SentinelLatitude, InsideLongitude));

        await dashboard.WaitForEventAsync(FleetEventTypes.GeofenceEntered, Of(sentinel), PushWait);
        Assert.DoesNotContain(dashboard.Events, e => Of(geofence)(e));
        Assert.Equal(4, await HistoryQueries.CountAsync(silo.ConnectionString, vehicle.VehicleId));
    }

    [Fact]
    public async Task AnotherCompanysVehicleDrivingThrough_NeverFiresIt()
    {
        await using var mine = await SetUpAsync();
        var (manager, dashboard) = (mine.Manager, mine.Dashboard);
        var geofence = (await CreateAsync(manager.Client, Polygon())).Id();
        await using var theirs = await SetUpAsync();
        var (other, otherManager, otherDashboard) = (theirs.Company, theirs.Manager, theirs.Dashboard);
        var sentinel = (await CreateAsync(otherManager.Client, Circle(SentinelLatitude, InsideLongitude, 200))).Id();
        var t0 = VehicleDrive.Start();

        await VehicleDrive.PostAsync(silo.BaseAddress, other.Vehicles[0],
            (t0, OutsideLatitude, InsideLongitude), (t0.AddMinutes(1), InsideLatitude, InsideLongitude),
            (t0.AddMinutes(2), 51.52, InsideLongitude), (t0.AddMinutes(20), SentinelLatitude, InsideLongitude));

        await otherDashboard.WaitForEventAsync(FleetEventTypes.GeofenceEntered, Of(sentinel), PushWait);
        Assert.DoesNotContain(otherDashboard.Events, e => Of(geofence)(e));
        await Assert.ThrowsAsync<TimeoutException>(() => dashboard.WaitForEventAsync(FleetEventTypes.GeofenceEntered, _ => true, TimeSpan.FromSeconds(1)));
    }

    /// <summary>The driver's geofence visits over all days, read until they reach the expected count or the wait ends (the rollup is written with the stored event, after its push).</summary>
    private async Task<long> DriverGeofenceVisitsAsync(Guid companyId, Guid driverId, long expected)
    {
        await using var connection = new NpgsqlConnection(silo.ConnectionString);
        await connection.OpenAsync();
        var deadline = DateTimeOffset.UtcNow + PushWait;
        while (true)
        {
            await using var command = new NpgsqlCommand(
                "SELECT coalesce(sum(geofence_visits), 0) FROM driver_daily_rollups WHERE company_id = @company AND driver_id = @driver", connection);
            command.Parameters.AddWithValue("company", companyId);
            command.Parameters.AddWithValue("driver", driverId);
            var visits = (long)(await command.ExecuteScalarAsync())!;
            if (visits >= expected || DateTimeOffset.UtcNow > deadline) return visits;
            await Task.Delay(50);
        }
    }

    private static Func<PushedEvent, bool> Of(Guid geofenceId) =>
        e => e.Details is { } details && details.TryGetValue("geofenceId", out var id) && id == geofenceId.ToString();

    private async Task<Watched> SetUpAsync()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 1);
        var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));
        return new Watched(company, manager, await DashboardClient.ConnectAsync(silo.BaseAddress, manager.Cookies));
    }

    /// <summary>A company with one vehicle, its manager signed in and the manager's dashboard connected.</summary>
    private sealed record Watched(TestCompany Company, FleetHttp.SignedIn Manager, DashboardClient Dashboard) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Dashboard.DisposeAsync();
            Manager.Dispose();
        }
    }

    /// <summary>Outside at <paramref name="t0"/>, inside from a minute later (the enter's time), still inside at two.</summary>
    private Task DriveInAsync(TestVehicle vehicle, DateTimeOffset t0) =>
        VehicleDrive.PostAsync(silo.BaseAddress, vehicle,
            (t0, OutsideLatitude, InsideLongitude), (t0.AddMinutes(1), InsideLatitude, InsideLongitude), (t0.AddMinutes(2), InsideLatitude + 0.001, InsideLongitude));
}
