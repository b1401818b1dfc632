using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TitanFleet.Grains.Events;
using TitanFleet.Tests.Api.Users;
using TitanFleet.Tests.Fixtures;
using static TitanFleet.Tests.Checks.CheckRequests;
using static TitanFleet.Tests.Notifications.NotificationRequests;

namespace TitanFleet.Tests.Notifications;

/// <summary>Who an event notifies: the company's rules over its active users, followed at once when the rules or the users change.</summary>
[Collection(InProcessSiloCollection.Name)]
public sealed class NotificationFanOutTests(InProcessSiloFixture silo)
{
    [Fact]
    public async Task SubmitInspection_DangerousFail_NotifiesManagersAndAdminsNotDriverNorOtherCompany()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 1);
        var other = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 1);
        using var driver = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("driver"));
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));
        using var admin = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("admin"));
        using var otherManager = await FleetHttp.SignInAsync(silo.BaseAddress, other.Email("manager"));
        var vehicle = company.Vehicles[0];

        (await SubmitAsync(driver.Client, Check(vehicle.VehicleId, HgvCodes, Fail("brakes_air", "Air pressure will not build")))).EnsureSuccessStatusCode();

        foreach (var office in new[] { manager, admin })
        {
            var notifications = await ListAsync(office.Client);
            var raised = Assert.Single(notifications, n => n.GetProperty("eventType").GetString() == FleetEventTypes.DefectRaised);
            Assert.Single(notifications, n => n.GetProperty("eventType").GetString() == FleetEventTypes.VehicleOffRoad);
            Assert.Equal(vehicle.VehicleId, raised.GetProperty("vehicleId").GetGuid());
            Assert.Contains("Dangerous", raised.GetProperty("summary").GetString());
            Assert.Equal(JsonValueKind.Null, raised.GetProperty("readAt").ValueKind);
            Assert.Equal(2, await UnreadCountAsync(office.Client));
        }
        Assert.Empty(await ListAsync(driver.Client));
        Assert.Empty(await ListAsync(otherManager.Client));
    }

    [Fact]
    public async Task SubmitInspection_MinorFail_NotifiesMechanicNotManagers()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 1);
        using var driver = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("driver"));
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));
        using var mechanic = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("mechanic"));

        (await SubmitAsync(driver.Client, Check(company.Vehicles[0].VehicleId, HgvCodes, Fail("horn", "Quiet")))).EnsureSuccessStatusCode();

        Assert.Equal(FleetEventTypes.DefectRaised, Assert.Single(await ListAsync(mechanic.Client)).GetProperty("eventType").GetString());
        Assert.Empty(await ListAsync(manager.Client));
    }

    [Fact]
    public async Task UpdateSettings_ManagersOffOwnDriverOn_NextEventFollowsNewRules()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 1);
        using var admin = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("admin"));
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));
        using var driver = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("driver"));
        var driverId = await UserIdAsync(driver.Client);
        var publisher = silo.Services.GetRequiredService<IFleetEventPublisher>();
        // The first event loads the company's recipients into this silo's cache under the defaults.
        var before = Event(company.CompanyId, FleetEventTypes.HoursBreached, driverId);
        await publisher.PublishAsync(before);
        Assert.Single(await OfEventAsync(manager.Client, before.Id));

        var saved = await RecordAsserts.JsonAsync(
            await PutSettingsAsync(admin.Client, Settings(1, Rule(FleetEventTypes.HoursBreached, "admin", "ownDriver"))), HttpStatusCode.OK);
        var after = Event(company.CompanyId, FleetEventTypes.HoursBreached, driverId);
        await publisher.PublishAsync(after);

        Assert.Equal(2, saved.GetProperty("version").GetInt32());
        Assert.Empty(await OfEventAsync(manager.Client, after.Id));
        Assert.Single(await OfEventAsync(admin.Client, after.Id));
        Assert.Single(await OfEventAsync(driver.Client, after.Id));
        Assert.Empty(await OfEventAsync(driver.Client, before.Id));
    }

    [Fact]
    public async Task CreateUser_AfterCompanyCached_NewManagerNotifiedOfNextEvent()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 1);
        using var admin = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("admin"));
        var publisher = silo.Services.GetRequiredService<IFleetEventPublisher>();
        await publisher.PublishAsync(Event(company.CompanyId, FleetEventTypes.VehicleOffRoad));
        var request = UserRequests.Create(role: "manager");
        (await admin.Client.PostAsJsonAsync("/api/users", request)).EnsureSuccessStatusCode();
        using var newcomer = await FleetHttp.SignInAsync(silo.BaseAddress, (string)request["email"]!, UserRequests.Password);

        var next = Event(company.CompanyId, FleetEventTypes.VehicleOffRoad);
        await publisher.PublishAsync(next);

        Assert.Single(await OfEventAsync(newcomer.Client, next.Id));
    }

    [Fact]
    public async Task PublishAsync_SameEventTwice_EachRecipientNotifiedOnce()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 1);
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));
        var publisher = silo.Services.GetRequiredService<IFleetEventPublisher>();
        var offRoad = Event(company.CompanyId, FleetEventTypes.VehicleOffRoad);

        await publisher.PublishAsync(offRoad);
        await publisher.PublishAsync(offRoad);

        Assert.Single(await OfEventAsync(manager.Client, offRoad.Id));
    }

    [Fact]
    public async Task PublishAsync_EventTimedMonthsAgoTwice_NotifiedOnceInItsMonthsPartition()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 1);
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));
        var publisher = silo.Services.GetRequiredService<IFleetEventPublisher>();
        // Older than the months the upkeep keeps ready: the fan-out makes the month's partition.
        var late = Event(company.CompanyId, FleetEventTypes.VehicleOffRoad) with { OccurredAt = DateTimeOffset.UtcNow.AddMonths(-4) };

        await publisher.PublishAsync(late);
        await publisher.PublishAsync(late);

        var notified = Assert.Single(await OfEventAsync(manager.Client, late.Id));
        Assert.Equal($"notifications_{late.OccurredAt.UtcDateTime:yyyyMM}", await PartitionOfAsync(notified.GetProperty("id").GetGuid()));
    }

    private async Task<string> PartitionOfAsync(Guid notificationId)
    {
        await using var connection = new NpgsqlConnection(silo.ConnectionString);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand("SELECT tableoid::regclass::text FROM notifications WHERE id = @id", connection);
        query.Parameters.AddWithValue("id", notificationId);
        return (string)(await query.ExecuteScalarAsync())!;
    }
}
