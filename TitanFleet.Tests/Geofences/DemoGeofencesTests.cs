using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using TitanFleet.Grains.Geofences;
using TitanFleet.Silo.Demo;
using TitanFleet.Simulator.Routes;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Geofences;

/// <summary>The demo company's depot and customer sites: valid shapes, where the demo fleet stops, seeded once.</summary>
[Collection(SingleSiloCollection.Name)]
public sealed class DemoGeofencesTests(SingleSiloFixture fixture)
{
    [Fact]
    public void All_EachValidAndAroundTheEndOfADemoRoute()
    {
        var ends = GbRoutes.All.SelectMany(route => new[] { route.At(0, returning: false).Point, route.At(0, returning: true).Point }).ToArray();

        Assert.Contains(DemoGeofences.All, g => g.Details.Type == GeofenceTypes.Depot);
        Assert.True(DemoGeofences.All.Count(g => g.Details.Type == GeofenceTypes.CustomerSite) >= 3);
        Assert.All(DemoGeofences.All, geofence =>
        {
            if (geofence.Details.PolygonGeoJson is { } polygon) Assert.True(GeofenceShapes.TryParse(polygon, out _, out var problem), problem);
            var indexed = new IndexedGeofence(new GeofenceRecord(Id: geofence.Id, CompanyId: DemoFleet.CompanyId, Details: geofence.Details, CreatedAt: DateTimeOffset.UnixEpoch, UpdatedAt: DateTimeOffset.UnixEpoch, Version: 1));
            Assert.True(ends.Any(end => indexed.Contains(end.Latitude, end.Longitude)), $"{geofence.Details.Name} is at no demo route's end");
        });
    }

    [Fact]
    public async Task SeedAsync_AgainOnASeededDatabase_GeofencesListedOnce()
    {
        await using (var dataSource = NpgsqlDataSource.Create(fixture.ConnectionString))
        {
            await DemoSeeder.SeedAsync(dataSource, new DemoOptions { Seed = true, Vehicles = 3 }, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        }
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, DemoFleet.Email("manager"), DemoFleet.Password);

        var page = await manager.Client.GetFromJsonAsync<JsonElement>("/api/geofences?limit=100");

        var names = page.GetProperty("items").EnumerateArray().Select(g => g.GetProperty("name").GetString()).ToArray();
        Assert.Equal(DemoGeofences.All.Select(g => g.Details.Name).Order(), names.Order());
        var bristol = page.GetProperty("items").EnumerateArray().Single(g => g.GetProperty("name").GetString() == "Customer site: Bristol");
        Assert.Equal("06:00", bristol.GetProperty("schedule").GetProperty("start").GetString());
    }
}
