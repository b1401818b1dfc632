using System.Net;
using System.Net.Http.Json;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Api;

/// <summary>Group commit writes with COPY and falls back to a conflict-skipping INSERT when a group holds a resend.</summary>
[Collection(SingleSiloCollection.Name)]
public sealed class GroupCommitResendTests(SingleSiloFixture fixture)
{
    [Fact]
    public async Task PostBatch_SameFixTwiceInOneBatch_StoredOnceOthersStored()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicle = company.Vehicles[0];
        using var device = FleetHttp.Device(fixture.BaseAddress, vehicle.DeviceToken);
        var now = LocationIngestionTests.TruncatedNow();
        var repeated = FleetHttp.Position(now, 51.5, -0.1);
        object[] positions = [repeated, FleetHttp.Position(now.AddSeconds(-5), 51.6, -0.2), repeated];

        using var response = await device.PostAsJsonAsync("/api/locations/batch", new { positions });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, await HistoryQueries.CountAsync(fixture.ConnectionString, vehicle.VehicleId));
    }

    [Fact]
    public async Task PostBatch_ResendOfStoredBufferWithNewFixes_NewFixesStored()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicle = company.Vehicles[0];
        using var device = FleetHttp.Device(fixture.BaseAddress, vehicle.DeviceToken);
        var now = LocationIngestionTests.TruncatedNow();
        var stored = Enumerable.Range(1, 3).Select(k => FleetHttp.Position(now.AddSeconds(-10 * k), 52, -1)).ToArray();
        var fresh = Enumerable.Range(0, 2).Select(k => FleetHttp.Position(now.AddSeconds(-k), 52.1, -1.1)).ToArray();
        (await device.PostAsJsonAsync("/api/locations/batch", new { positions = stored })).EnsureSuccessStatusCode();

        using var resend = await device.PostAsJsonAsync("/api/locations/batch", new { positions = stored.Concat(fresh).ToArray() });

        Assert.Equal(HttpStatusCode.OK, resend.StatusCode);
        Assert.Equal(5, await HistoryQueries.CountAsync(fixture.ConnectionString, vehicle.VehicleId));
    }
}
