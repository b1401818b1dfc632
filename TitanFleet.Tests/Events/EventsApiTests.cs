using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TitanFleet.Grains.Events;
using TitanFleet.Tests.Checks;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Events;

/// <summary>/api/events: what a real flow published is listed with its filters, newest first, a page at a time, for the caller's company only.</summary>
[Collection(InProcessSiloCollection.Name)]
public sealed class EventsApiTests(InProcessSiloFixture silo)
{
    private sealed record EventPage(PushedEvent[] Items, string? NextCursor);

    private sealed record SignedInUser(Guid Id);

    [Fact]
    public async Task List_DangerousCheck_EventsListedByVehicleDriverAndTypeNewestFirst()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 2);
        var (vehicle, other) = (company.Vehicles[0], company.Vehicles[1]);
        using var driver = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("driver"));
        var driverId = (await driver.Client.GetFromJsonAsync<SignedInUser>("/api/auth/me"))!.Id;
        (await CheckRequests.SubmitAsync(driver.Client, CheckRequests.Check(other.VehicleId, CheckRequests.HgvCodes))).EnsureSuccessStatusCode();
        (await CheckRequests.SubmitAsync(driver.Client, CheckRequests.Check(vehicle.VehicleId, CheckRequests.HgvCodes,
            CheckRequests.Fail("brakes_air", "Air pressure will not build")))).EnsureSuccessStatusCode();
        using var mechanic = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("mechanic"));

        var byVehicle = await ListAsync(mechanic.Client, $"vehicleId={vehicle.VehicleId}");
        var byType = await ListAsync(mechanic.Client, "type=vehicleOffRoad&type=defectRaised");
        var byDriver = await ListAsync(mechanic.Client, $"driverId={driverId}&type=checkSubmitted");
        var all = await ListAsync(mechanic.Client, "");

        Assert.Equal([FleetEventTypes.VehicleOffRoad, FleetEventTypes.DefectRaised, FleetEventTypes.CheckSubmitted], byVehicle.Items.Select(e => e.Type));
        Assert.All(byVehicle.Items, e => Assert.Equal((vehicle.VehicleId, vehicle.Registration, driverId), (e.VehicleId, e.Registration, e.DriverId)));
        Assert.Equal("dangerous", byVehicle.Items[1].Details!["severity"]);
        Assert.Equal([FleetEventTypes.VehicleOffRoad, FleetEventTypes.DefectRaised], byType.Items.Select(e => e.Type));
        Assert.Equal([vehicle.VehicleId, other.VehicleId], byDriver.Items.Select(e => e.VehicleId!.Value));
        Assert.Equal(4, all.Items.Length);
        Assert.Null(all.NextCursor);
    }

    [Fact]
    public async Task List_FromToAndPages_ReturnsOnlyTheRangeNewestFirstAPageAtATime()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 1);
        var now = DateTimeOffset.UtcNow;
        var events = Enumerable.Range(1, 5)
            .Select(days => new FleetEvent(Guid.NewGuid(), company.CompanyId, FleetEventTypes.ShiftStarted, now.AddDays(-days), $"Shift {days} days ago"))
            .ToArray();
        await silo.Services.GetRequiredService<IFleetEventPublisher>().PublishAsync(events);
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));

        var range = await ListAsync(manager.Client, $"from={Time(now.AddDays(-4))}&to={Time(now.AddDays(-2))}");
        var first = await ListAsync(manager.Client, "limit=2");
        var second = await ListAsync(manager.Client, $"limit=2&cursor={first.NextCursor}");
        var third = await ListAsync(manager.Client, $"limit=2&cursor={second.NextCursor}");

        Assert.Equal([events[2].Id, events[3].Id], range.Items.Select(e => e.Id));
        Assert.Equal(events.Select(e => e.Id), first.Items.Concat(second.Items).Concat(third.Items).Select(e => e.Id));
        Assert.Null(third.NextCursor);
    }

    [Theory]
    [InlineData("type=nonsense", "type")]
    [InlineData("type=defectRaised&type=%3Cscript%3E", "type")]
    [InlineData("from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z", "to")]
    [InlineData("vehicleId=not-a-guid", "vehicleId")]
    [InlineData("from=yesterday", "from")]
    [InlineData("cursor=bm90LWEtY3Vyc29y", "cursor")]
    [InlineData("limit=0", "limit")]
    public async Task List_BadFilter_400NamingTheField(string query, string field)
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 0);
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));

        using var response = await manager.Client.GetAsync($"/api/events?{query}");

        Assert.Contains(field, (await ProblemAssert.ValidationErrorsAsync(response)).Keys);
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task List_OtherCompanysVehicle_NothingOfTheirsAndDriverRefused()
    {
        var a = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 1);
        var b = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 1);
        var publisher = silo.Services.GetRequiredService<IFleetEventPublisher>();
        var ofA = new FleetEvent(Guid.NewGuid(), a.CompanyId, FleetEventTypes.VehicleOffRoad, DateTimeOffset.UtcNow, "A's vehicle off road",
            VehicleId: a.Vehicles[0].VehicleId, Registration: a.Vehicles[0].Registration);
        var ofB = new FleetEvent(Guid.NewGuid(), b.CompanyId, FleetEventTypes.VehicleOffRoad, DateTimeOffset.UtcNow, "B's vehicle off road",
            VehicleId: b.Vehicles[0].VehicleId, Registration: b.Vehicles[0].Registration);
        await publisher.PublishAsync(ofA);
        await publisher.PublishAsync(ofB);
        using var managerB = await FleetHttp.SignInAsync(silo.BaseAddress, b.Email("manager"));
        using var driverA = await FleetHttp.SignInAsync(silo.BaseAddress, a.Email("driver"));

        var aVehicleAsB = await ListAsync(managerB.Client, $"vehicleId={a.Vehicles[0].VehicleId}");
        var allOfB = await ListAsync(managerB.Client, "");
        using var asDriver = await driverA.Client.GetAsync("/api/events");

        Assert.Empty(aVehicleAsB.Items);
        Assert.Equal([ofB.Id], allOfB.Items.Select(e => e.Id));
        Assert.Equal(HttpStatusCode.Forbidden, asDriver.StatusCode);
    }

    [Fact]
    public async Task PublishAsync_HistoryRefusesInsert_DashboardStillGetsEventAndNothingStored()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 1);
        var name = $"refuse_events_{company.CompanyId:N}";
        await ExecuteAsync($"""
            CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.company_id = '{company.CompanyId}' THEN RAISE EXCEPTION 'history refused by the test'; END IF;
                RETURN NEW;
            END $$;
            CREATE TRIGGER {name} BEFORE INSERT ON fleet_events FOR EACH ROW EXECUTE FUNCTION {name}();
            """);
        try
        {
            using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));
            await using var dashboard = await DashboardClient.ConnectAsync(silo.BaseAddress, manager.Cookies);
            var vehicle = company.Vehicles[0];
            var offRoad = new FleetEvent(Guid.NewGuid(), company.CompanyId, FleetEventTypes.VehicleOffRoad, DateTimeOffset.UtcNow, "Off road",
                VehicleId: vehicle.VehicleId, Registration: vehicle.Registration);

            await silo.Services.GetRequiredService<IFleetEventPublisher>().PublishAsync(offRoad);

            var pushed = await dashboard.WaitForEventAsync(FleetEventTypes.VehicleOffRoad, e => e.Id == offRoad.Id, TimeSpan.FromSeconds(10));
            Assert.Equal(vehicle.VehicleId, pushed.VehicleId);
            Assert.Empty((await ListAsync(manager.Client, "")).Items);
        }
        finally
        {
            await ExecuteAsync($"DROP TRIGGER {name} ON fleet_events; DROP FUNCTION {name}();");
        }
    }

    private static string Time(DateTimeOffset at) => Uri.EscapeDataString(at.ToString("O"));

    private static async Task<EventPage> ListAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync($"/api/events?{query}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET /api/events?{query}: {(int)response.StatusCode} {body}");
        return JsonSerializer.Deserialize<EventPage>(body, JsonSerializerOptions.Web)!;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(silo.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
