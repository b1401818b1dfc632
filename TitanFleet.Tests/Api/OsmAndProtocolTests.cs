using System.Net;
using System.Text;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Api;

/// <summary>The OsmAnd protocol as the Traccar Client and OsmAnd apps speak it, through the same ingestion path.</summary>
[Collection(SingleSiloCollection.Name)]
public sealed class OsmAndProtocolTests(SingleSiloFixture fixture)
{
    [Fact]
    public async Task OsmAnd_QueryStringWithUnixSecondsAndKnots_StoredInKmh()
    {
        var vehicle = (await fixture.NewCompanyAsync(vehicles: 1)).Vehicles[0];
        using var client = fixture.Silo.CreateClient();
        var unix = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        using var response = await client.GetAsync($"/api/osmand?id={vehicle.DeviceUniqueId}&lat=52.2053&lon=0.1218&timestamp={unix}&speed=10&bearing=45&altitude=12&accuracy=5&batt=88");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = Assert.Single(await HistoryQueries.RowsAsync(fixture.ConnectionString, vehicle.VehicleId));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(unix), row.FixTime);
        Assert.Equal(52.2053, row.Latitude);
        Assert.Equal(18.52, row.SpeedKmh!.Value, precision: 6);
    }

    [Fact]
    public async Task OsmAnd_FormBodyWithLocationPairAndMilliseconds_Stored()
    {
        var vehicle = (await fixture.NewCompanyAsync(vehicles: 1)).Vehicles[0];
        using var client = fixture.Silo.CreateClient();
        var millis = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["deviceid"] = vehicle.DeviceUniqueId,
            ["location"] = "51.4545,-2.5879",
            ["timestamp"] = millis.ToString(),
        });

        using var response = await client.PostAsync("/api/osmand", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = Assert.Single(await HistoryQueries.RowsAsync(fixture.ConnectionString, vehicle.VehicleId));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(millis), row.FixTime);
        Assert.Equal((51.4545, -2.5879), (row.Latitude, row.Longitude));
    }

    [Fact]
    public async Task OsmAnd_TraccarJsonBody_StoredWithSpeedConvertedAndUnknownsDropped()
    {
        var vehicle = (await fixture.NewCompanyAsync(vehicles: 1)).Vehicles[0];
        using var client = fixture.Silo.CreateClient();
        var timestamp = DateTimeOffset.UtcNow.AddSeconds(-5);
        var json = $$"""
            {
              "device_id": "{{vehicle.DeviceUniqueId}}",
              "location": {
                "timestamp": "{{timestamp:yyyy-MM-ddTHH:mm:ss.fffZ}}",
                "coords": { "latitude": 55.9533, "longitude": -3.1883, "speed": 10, "heading": -1, "accuracy": 8, "altitude": -1 },
                "is_moving": true, "odometer": 1234.5, "event": "motionchange",
                "battery": { "level": 0.8, "is_charging": false }, "activity": { "type": "in_vehicle" }, "extras": {}
              }
            }
            """;

        using var response = await client.PostAsync("/api/osmand", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = Assert.Single(await HistoryQueries.RowsAsync(fixture.ConnectionString, vehicle.VehicleId));
        Assert.Equal((55.9533, -3.1883), (row.Latitude, row.Longitude));
        Assert.Equal(36.0, row.SpeedKmh!.Value, precision: 6);
    }

    [Fact]
    public async Task OsmAnd_UnknownDevice_BadRequestNamingId()
    {
        using var client = fixture.Silo.CreateClient();

        using var response = await client.GetAsync($"/api/osmand?id=nobody-{Guid.NewGuid():N}&lat=51&lon=0&timestamp={DateTimeOffset.UtcNow.ToUnixTimeSeconds()}");

        Assert.Contains("id", (await ProblemAssert.ValidationErrorsAsync(response)).Keys);
    }

    [Fact]
    public async Task OsmAnd_LatitudeOutOfRange_RejectedByTheSharedRules()
    {
        var vehicle = (await fixture.NewCompanyAsync(vehicles: 1)).Vehicles[0];
        using var client = fixture.Silo.CreateClient();

        using var response = await client.GetAsync($"/api/osmand?id={vehicle.DeviceUniqueId}&lat=95&lon=0&timestamp={DateTimeOffset.UtcNow.ToUnixTimeSeconds()}");

        Assert.Contains("latitude", (await ProblemAssert.ValidationErrorsAsync(response)).Keys);
        Assert.Equal(0, await HistoryQueries.CountAsync(fixture.ConnectionString, vehicle.VehicleId));
    }

    [Fact]
    public async Task OsmAnd_UnreadableTimestamp_Rejected()
    {
        var vehicle = (await fixture.NewCompanyAsync(vehicles: 1)).Vehicles[0];
        using var client = fixture.Silo.CreateClient();

        using var response = await client.GetAsync($"/api/osmand?id={vehicle.DeviceUniqueId}&lat=51&lon=0&timestamp=yesterday");

        Assert.Contains("timestamp", (await ProblemAssert.ValidationErrorsAsync(response)).Keys);
    }
}
