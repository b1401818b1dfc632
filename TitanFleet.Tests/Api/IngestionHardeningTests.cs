using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Npgsql;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Api;

/// <summary>Anonymous and device input that once answered 500, was dropped while acknowledged, or came too fast.</summary>
[Collection(SingleSiloCollection.Name)]
public sealed class IngestionHardeningTests(SingleSiloFixture fixture)
{
    [Theory]
    [InlineData("/api/osmand")]
    [InlineData("/api/locations")]
    public async Task Post_JsonBodyInUnknownCharset_400NamingContentType(string path)
    {
        var vehicle = (await fixture.NewCompanyAsync(vehicles: 1)).Vehicles[0];
        using var client = FleetHttp.Device(fixture.BaseAddress, vehicle.DeviceToken);
        var content = new StringContent("{}", Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("application/json; charset=no-such-charset");

        using var response = await client.PostAsync(path, content);

        Assert.Equal(["Content-Type"], (await ProblemAssert.ValidationErrorsAsync(response)).Keys);
    }

    [Fact]
    public async Task OsmAnd_FormWithMoreThan1024Fields_400()
    {
        using var client = LoopbackClient.FromFreshAddress(fixture.BaseAddress);
        var fields = Enumerable.Range(0, 1_100).Select(i => new KeyValuePair<string, string>($"f{i}", "1"));

        using var response = await client.PostAsync("/api/osmand", new FormUrlEncodedContent(fields));

        Assert.Equal(["body"], (await ProblemAssert.ValidationErrorsAsync(response)).Keys);
    }

    [Fact]
    public async Task OsmAnd_FormKeyOver2048Characters_400()
    {
        using var client = LoopbackClient.FromFreshAddress(fixture.BaseAddress);
        var content = new StringContent(new string('k', 3_000) + "=1", Encoding.ASCII, "application/x-www-form-urlencoded");

        using var response = await client.PostAsync("/api/osmand", content);

        Assert.Equal(["body"], (await ProblemAssert.ValidationErrorsAsync(response)).Keys);
    }

    [Fact]
    public async Task OsmAnd_QueryWithoutTimestamp_StoredAtArrivalTime()
    {
        var vehicle = (await fixture.NewCompanyAsync(vehicles: 1)).Vehicles[0];
        using var client = fixture.Silo.CreateClient();
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        using var response = await client.GetAsync($"/api/osmand?id={vehicle.DeviceUniqueId}&lat=52.1&lon=-1.2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = Assert.Single(await HistoryQueries.RowsAsync(fixture.ConnectionString, vehicle.VehicleId));
        Assert.InRange(row.FixTime, before, DateTimeOffset.UtcNow.AddSeconds(1));
    }

    [Fact]
    public async Task OsmAnd_TraccarJsonWithoutTimestamp_StoredAtArrivalTime()
    {
        var vehicle = (await fixture.NewCompanyAsync(vehicles: 1)).Vehicles[0];
        using var client = fixture.Silo.CreateClient();
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var json = $$$$"""{"device_id":"{{{{vehicle.DeviceUniqueId}}}}","location":{"coords":{"latitude":55.9,"longitude":-3.1}}}""";

        using var response = await client.PostAsync("/api/osmand", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = Assert.Single(await HistoryQueries.RowsAsync(fixture.ConnectionString, vehicle.VehicleId));
        Assert.InRange(row.FixTime, before, DateTimeOffset.UtcNow.AddSeconds(1));
    }

    [Fact]
    public async Task PostLocation_SameMicrosecondDifferentPosition_409AndOnlyTheFirstStored()
    {
        var vehicle = (await fixture.NewCompanyAsync(vehicles: 1)).Vehicles[0];
        using var device = FleetHttp.Device(fixture.BaseAddress, vehicle.DeviceToken);
        var now = LocationIngestionTests.TruncatedNow();

        using var first = await device.PostAsJsonAsync("/api/locations", FleetHttp.Position(now, 51.5, -0.1));
        using var second = await device.PostAsJsonAsync("/api/locations", FleetHttp.Position(now, 51.6, -0.2));
        using var resend = await device.PostAsJsonAsync("/api/locations", FleetHttp.Position(now, 51.5, -0.1));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, resend.StatusCode);
        var row = Assert.Single(await HistoryQueries.RowsAsync(fixture.ConnectionString, vehicle.VehicleId));
        Assert.Equal((51.5, -0.1), (row.Latitude, row.Longitude));
    }

    [Fact]
    public async Task PostBatch_TwoDifferentFixesInOneMicrosecond_409AndNothingOfTheBatchStored()
    {
        var vehicle = (await fixture.NewCompanyAsync(vehicles: 1)).Vehicles[0];
        using var device = FleetHttp.Device(fixture.BaseAddress, vehicle.DeviceToken);
        var now = LocationIngestionTests.TruncatedNow();
        object[] positions = [FleetHttp.Position(now.AddSeconds(-5), 51.4, 0), FleetHttp.Position(now, 51.5, 0), FleetHttp.Position(now, 51.6, 0)];

        using var response = await device.PostAsJsonAsync("/api/locations/batch", new { positions });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(0, await HistoryQueries.CountAsync(fixture.ConnectionString, vehicle.VehicleId));
    }

    [Theory]
    [InlineData("json")]
    [InlineData("osmand")]
    public async Task Post_DeviceFasterThanItsFixRate_Excess429WithRetryAfterAndNotStored(string path)
    {
        var vehicle = (await fixture.NewCompanyAsync(vehicles: 1)).Vehicles[0];
        using var device = FleetHttp.Device(fixture.BaseAddress, vehicle.DeviceToken);
        var now = LocationIngestionTests.TruncatedNow();

        // 25 at once against a bucket of 10 refilled at 1 per second.
        var responses = await Task.WhenAll(Enumerable.Range(0, 25).Select(i => path == "json"
            ? device.PostAsJsonAsync("/api/locations", FleetHttp.Position(now.AddSeconds(-i), 51 + i * 0.001, 0))
            : device.GetAsync($"/api/osmand?id={vehicle.DeviceUniqueId}&lat={51 + i * 0.001}&lon=0&timestamp={now.AddSeconds(-i).ToUnixTimeMilliseconds()}")));

        var refused = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.NotEmpty(refused);
        Assert.All(refused, r => Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType));
        Assert.All(refused, r => Assert.True(r.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), "Retry-After expected"));
        Assert.Equal(25, refused.Count + responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(25 - refused.Count, await HistoryQueries.CountAsync(fixture.ConnectionString, vehicle.VehicleId));
        foreach (var response in responses) response.Dispose();
    }

    [Fact]
    public async Task PostBatch_ManyPositions_CountsAsOneRequestForTheFixRate()
    {
        var vehicle = (await fixture.NewCompanyAsync(vehicles: 1)).Vehicles[0];
        using var device = FleetHttp.Device(fixture.BaseAddress, vehicle.DeviceToken);
        var now = LocationIngestionTests.TruncatedNow();
        var positions = Enumerable.Range(0, 50).Select(i => FleetHttp.Position(now.AddSeconds(-i), 51, 0)).ToArray();

        using var response = await device.PostAsJsonAsync("/api/locations/batch", new { positions });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(50, await HistoryQueries.CountAsync(fixture.ConnectionString, vehicle.VehicleId));
    }

    [Fact]
    public async Task PostLocation_ClientCancelsWhileCommitWaits_CommittedFixStillMovesLiveState()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicle = company.Vehicles[0];
        using var device = FleetHttp.Device(fixture.BaseAddress, vehicle.DeviceToken);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var now = LocationIngestionTests.TruncatedNow();
        (await device.PostAsJsonAsync("/api/locations", FleetHttp.Position(now.AddSeconds(-10), 51.0, 0))).EnsureSuccessStatusCode();
        Assert.Equal(51.0, await LiveLatitudeAsync(manager.Client, vehicle.VehicleId));

        // Holding a lock that conflicts with inserts keeps the commit waiting while the client gives up.
        await using (var blocker = new NpgsqlConnection(fixture.ConnectionString))
        {
            await blocker.OpenAsync();
            await using var transaction = await blocker.BeginTransactionAsync();
            await using (var command = new NpgsqlCommand("LOCK TABLE location_history IN SHARE ROW EXCLUSIVE MODE", blocker, transaction))
                await command.ExecuteNonQueryAsync();
            using var cancel = new CancellationTokenSource();
            var post = device.PostAsJsonAsync("/api/locations", FleetHttp.Position(now, 52.0, 0), cancel.Token);
            await Task.Delay(TimeSpan.FromSeconds(1));
            await cancel.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => post);
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            await transaction.CommitAsync();
        }

        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline && await LiveLatitudeAsync(manager.Client, vehicle.VehicleId) != 52.0)
            await Task.Delay(100);
        Assert.Equal(2, await HistoryQueries.CountAsync(fixture.ConnectionString, vehicle.VehicleId));
        Assert.Equal(52.0, await LiveLatitudeAsync(manager.Client, vehicle.VehicleId));
    }

    private static async Task<double?> LiveLatitudeAsync(HttpClient client, Guid vehicleId)
    {
        var live = await client.GetFromJsonAsync<JsonElement>($"/api/vehicles/{vehicleId}/live");
        return live.TryGetProperty("latitude", out var latitude) && latitude.ValueKind == JsonValueKind.Number ? latitude.GetDouble() : null;
    }
}
