using TitanFleet.Grains.Events;
using TitanFleet.Tests.Fixtures;
using static TitanFleet.Tests.Geofences.GeofenceRequests;

namespace TitanFleet.Tests.Geofences;

/// <summary>A geofence created through one silo is used at once by the other, whose spatial index had already loaded the company.</summary>
[Collection(TwoSiloCollection.Name)]
public sealed class GeofenceAcrossSilosTests(TwoSiloFixture fixture)
{
    private const int Vehicles = 6;

    [Fact]
    public async Task Create_OnSiloA_VehiclesLiveOnEitherSiloFireAtOnce()
    {
        var company = await fixture.NewCompanyAsync(Vehicles);
        using var managerOnA = await FleetHttp.SignInAsync(fixture.SiloA.BaseAddress, company.Email("manager"));
        using var managerOnB = await FleetHttp.SignInAsync(fixture.SiloB.BaseAddress, company.Email("manager"));
        await using var dashboard = await DashboardClient.ConnectAsync(fixture.SiloB.BaseAddress, managerOnB.Cookies);
        var t0 = VehicleDrive.Start();
        // Each vehicle's grain lives on one of the two silos; with six, both silos host some, and
        // each has loaded the company's (still empty) index by the time the geofence is created.
        for (var i = 0; i < Vehicles; i++)
        {
            var silo = i % 2 == 0 ? fixture.SiloA : fixture.SiloB;
            await VehicleDrive.PostAsync(silo.BaseAddress, company.Vehicles[i], (t0, OutsideLatitude, InsideLongitude));
        }

        var geofence = (await CreateAsync(managerOnA.Client, Polygon())).Id().ToString();
        for (var i = 0; i < Vehicles; i++)
        {
            var silo = i % 2 == 0 ? fixture.SiloB : fixture.SiloA;
            await VehicleDrive.PostAsync(silo.BaseAddress, company.Vehicles[i], (t0.AddMinutes(1), InsideLatitude, InsideLongitude));
        }

        foreach (var vehicle in company.Vehicles)
        {
            await dashboard.WaitForEventAsync(FleetEventTypes.GeofenceEntered,
                e => e.VehicleId == vehicle.VehicleId && e.Details!["geofenceId"] == geofence, TimeSpan.FromSeconds(10));
        }
    }
}
