using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TitanFleet.Grains.Events;
using TitanFleet.Tests.Api.Users;
using TitanFleet.Tests.Fixtures;
using static TitanFleet.Tests.Notifications.NotificationRequests;

namespace TitanFleet.Tests.Notifications;

/// <summary>/api/notifications: each person lists, counts and marks only their own.</summary>
[Collection(InProcessSiloCollection.Name)]
public sealed class NotificationsApiTests(InProcessSiloFixture silo)
{
    [Fact]
    public async Task MarkRead_OwnNotification_ReadAndCountDropsOtherUsersAnswer404()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 1);
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));
        using var admin = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("admin"));
        var offRoad = Event(company.CompanyId, FleetEventTypes.VehicleOffRoad);
        await silo.Services.GetRequiredService<IFleetEventPublisher>().PublishAsync(offRoad);
        var id = Assert.Single(await OfEventAsync(manager.Client, offRoad.Id)).GetProperty("id").GetGuid();
        var adminsId = Assert.Single(await OfEventAsync(admin.Client, offRoad.Id)).GetProperty("id").GetGuid();

        var byAdmin = await admin.Client.PostAsync($"/api/notifications/{id}/read", null);
        var read = await RecordAsserts.JsonAsync(await manager.Client.PostAsync($"/api/notifications/{id}/read", null), HttpStatusCode.OK);
        var again = await RecordAsserts.JsonAsync(await manager.Client.PostAsync($"/api/notifications/{id}/read", null), HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.NotFound, byAdmin.StatusCode);
        Assert.Equal("application/problem+json", byAdmin.Content.Headers.ContentType?.MediaType);
        Assert.NotEqual(JsonValueKind.Null, read.GetProperty("readAt").ValueKind);
        Assert.Equal(read.GetProperty("readAt").GetDateTimeOffset(), again.GetProperty("readAt").GetDateTimeOffset());
        Assert.Equal(0, await UnreadCountAsync(manager.Client));
        Assert.Empty(await ListAsync(manager.Client, "?unread=true"));
        Assert.Single(await ListAsync(manager.Client, "?unread=false"));
        Assert.Equal(1, await UnreadCountAsync(admin.Client));
        Assert.Equal(adminsId, Assert.Single(await ListAsync(admin.Client, "?unread=true")).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task ReadAll_ThreeUnread_MarksOnlyTheCallersOwn()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 1);
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));
        using var admin = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("admin"));
        var publisher = silo.Services.GetRequiredService<IFleetEventPublisher>();
        for (var i = 0; i < 3; i++) await publisher.PublishAsync(Event(company.CompanyId, FleetEventTypes.HoursBreached));

        var marked = await RecordAsserts.JsonAsync(await manager.Client.PostAsync("/api/notifications/read-all", null), HttpStatusCode.OK);
        var none = await RecordAsserts.JsonAsync(await manager.Client.PostAsync("/api/notifications/read-all", null), HttpStatusCode.OK);

        Assert.Equal(3, marked.GetProperty("marked").GetInt32());
        Assert.Equal(0, none.GetProperty("marked").GetInt32());
        Assert.Equal(0, await UnreadCountAsync(manager.Client));
        Assert.Equal(3, await UnreadCountAsync(admin.Client));
    }

    [Fact]
    public async Task List_FivePagesOfOne_NewestFirstEachOnce()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 1);
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));
        var publisher = silo.Services.GetRequiredService<IFleetEventPublisher>();
        var published = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            var fleetEvent = Event(company.CompanyId, FleetEventTypes.VehicleOffRoad);
            await publisher.PublishAsync(fleetEvent);
            published.Add(fleetEvent.Id);
        }

        var seen = new List<Guid>();
        string? cursor = null;
        do
        {
            var page = await manager.Client.GetFromJsonAsync<JsonElement>($"/api/notifications?limit=1{(cursor is null ? "" : $"&cursor={cursor}")}");
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("eventId").GetGuid()));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        Assert.Equal(Enumerable.Reverse(published), seen);
    }

    [Fact]
    public async Task List_CursorFromNowhere_BadRequestNamingCursor()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 1);
        using var driver = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("driver"));

        var errors = await ProblemAssert.ValidationErrorsAsync(await driver.Client.GetAsync("/api/notifications?cursor=not-ours"));

        Assert.Contains("cursor", errors.Keys);
    }
}
