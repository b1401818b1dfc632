using System.Net.Http.Json;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Cluster;

/// <summary>
/// A dashboard on one silo must see vehicles whose grains live on the other: with 20 vehicles,
/// Orleans places grains on both silos, so every update crossing over proves the backplane.
/// </summary>
[Collection(TwoSiloCollection.Name)]
public sealed class CrossSiloPushTests(TwoSiloFixture fixture)
{
    private static readonly TimeSpan PushWait = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task VehiclesUpdated_PostsThroughSiloB_DashboardsOnBothSilosReceiveEveryVehicle()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 20);
        using var managerA = await FleetHttp.SignInAsync(fixture.SiloA.BaseAddress, company.Email("manager"));
        using var managerB = await FleetHttp.SignInAsync(fixture.SiloB.BaseAddress, company.Email("manager"));
        await using var dashboardA = await DashboardClient.ConnectAsync(fixture.SiloA.BaseAddress, managerA.Cookies);
        await using var dashboardB = await DashboardClient.ConnectAsync(fixture.SiloB.BaseAddress, managerB.Cookies);
        var fixTime = DateTimeOffset.UtcNow;

        await Task.WhenAll(company.Vehicles.Select(async (vehicle, i) =>
        {
            using var device = FleetHttp.Device(fixture.SiloB.BaseAddress, vehicle.DeviceToken);
            (await device.PostAsJsonAsync("/api/locations", FleetHttp.Position(fixTime, 52 + i * 0.01, -1.5))).EnsureSuccessStatusCode();
        }));

        foreach (var (vehicle, i) in company.Vehicles.Select((v, i) => (v, i)))
        {
            var (_, onA) = await dashboardA.WaitForAsync(v => v.VehicleId == vehicle.VehicleId, PushWait);
            var (_, onB) = await dashboardB.WaitForAsync(v => v.VehicleId == vehicle.VehicleId, PushWait);
            Assert.Equal(52 + i * 0.01, onA.Latitude!.Value, precision: 9);
            Assert.Equal(52 + i * 0.01, onB.Latitude!.Value, precision: 9);
        }
    }

    [Fact]
    public async Task SignIn_CookieFromSiloA_AcceptedBySiloB()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var signedIn = await FleetHttp.SignInAsync(fixture.SiloA.BaseAddress, company.Email("admin"));
        using var onB = new HttpClient(new HttpClientHandler { CookieContainer = CopyCookies(signedIn, fixture.SiloA.BaseAddress, fixture.SiloB.BaseAddress) })
        {
            BaseAddress = fixture.SiloB.BaseAddress,
        };

        using var response = await onB.GetAsync("/api/auth/me");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task GetSnapshot_OnSiloA_IncludesVehiclesLivingOnBothSilos()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 10);
        await Task.WhenAll(company.Vehicles.Select(async (vehicle, i) =>
        {
            using var device = FleetHttp.Device(i % 2 == 0 ? fixture.SiloA.BaseAddress : fixture.SiloB.BaseAddress, vehicle.DeviceToken);
            (await device.PostAsJsonAsync("/api/locations", FleetHttp.Position(DateTimeOffset.UtcNow, 50 + i * 0.1, 0))).EnsureSuccessStatusCode();
        }));
        using var manager = await FleetHttp.SignInAsync(fixture.SiloA.BaseAddress, company.Email("manager"));
        await using var dashboard = await DashboardClient.ConnectAsync(fixture.SiloA.BaseAddress, manager.Cookies);

        var snapshot = await dashboard.GetSnapshotAsync();

        Assert.Equal(10, snapshot.Length);
        Assert.All(snapshot, v => Assert.NotNull(v.Latitude));
    }

    private static System.Net.CookieContainer CopyCookies(FleetHttp.SignedIn from, Uri source, Uri target)
    {
        var container = new System.Net.CookieContainer();
        foreach (System.Net.Cookie cookie in from.Cookies.GetCookies(source))
            container.Add(target, new System.Net.Cookie(cookie.Name, cookie.Value));
        return container;
    }
}
