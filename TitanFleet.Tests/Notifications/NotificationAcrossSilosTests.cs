using TitanFleet.Tests.Fixtures;
using static TitanFleet.Tests.Checks.CheckRequests;

namespace TitanFleet.Tests.Notifications;

/// <summary>A notification raised on one silo reaches its recipient's dashboard connected to another.</summary>
[Collection(TwoSiloCollection.Name)]
public sealed class NotificationAcrossSilosTests(TwoSiloFixture fixture)
{
    [Fact]
    public async Task SubmitInspection_DangerousFailOnSiloA_ManagerOnSiloBNotifiedDriverNot()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicle = company.Vehicles[0];
        using var managerB = await FleetHttp.SignInAsync(fixture.SiloB.BaseAddress, company.Email("manager"));
        await using var dashboardB = await DashboardClient.ConnectAsync(fixture.SiloB.BaseAddress, managerB.Cookies);
        using var driverA = await FleetHttp.SignInAsync(fixture.SiloA.BaseAddress, company.Email("driver"));

        (await SubmitAsync(driverA.Client, Check(vehicle.VehicleId, HgvCodes, Fail("brakes_air", "Air pressure will not build")))).EnsureSuccessStatusCode();

        var raised = await dashboardB.WaitForNotificationAsync(n => n.EventType == "defectRaised", TimeSpan.FromSeconds(15));
        var offRoad = await dashboardB.WaitForNotificationAsync(n => n.EventType == "vehicleOffRoad", TimeSpan.FromSeconds(15));
        Assert.Equal((vehicle.VehicleId, vehicle.VehicleId), (raised.VehicleId, offRoad.VehicleId));
        Assert.Equal(2, dashboardB.Notifications.Count);
        Assert.Empty(await NotificationRequests.ListAsync(driverA.Client));
    }
}
