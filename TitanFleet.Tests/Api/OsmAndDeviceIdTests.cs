using System.Net;
using System.Text;
using System.Text.Json;
using Npgsql;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Api;

/// <summary>The OsmAnd device id is the only credential: it must not reveal which ids exist, nor be guessable at speed.</summary>
[Collection(SingleSiloCollection.Name)]
public sealed class OsmAndDeviceIdTests(SingleSiloFixture fixture)
{
    [Fact]
    public async Task OsmAnd_UnknownId_AnswersExactlyLikeAMissingId()
    {
        using var client = LoopbackClient.FromFreshAddress(fixture.BaseAddress);
        var fix = $"lat=51&lon=0&timestamp={DateTimeOffset.UtcNow.ToUnixTimeSeconds()}";

        using var missing = await client.GetAsync($"/api/osmand?{fix}");
        using var unknown = await client.GetAsync($"/api/osmand?id=nobody-{Guid.NewGuid():N}&{fix}");

        Assert.Equal(await ComparableProblemAsync(missing), await ComparableProblemAsync(unknown));
    }

    [Fact]
    public async Task OsmAnd_CompanyTurnedOsmAndOff_AnswersLikeAnUnknownIdAndStoresNothing()
    {
        var vehicle = (await fixture.NewCompanyAsync(vehicles: 1)).Vehicles[0];
        await ExecuteAsync("UPDATE companies SET osmand_enabled = false WHERE id = (SELECT company_id FROM devices WHERE unique_id = @id)", vehicle.DeviceUniqueId);
        using var client = LoopbackClient.FromFreshAddress(fixture.BaseAddress);
        var fix = $"lat=51&lon=0&timestamp={DateTimeOffset.UtcNow.ToUnixTimeSeconds()}";

        using var switchedOff = await client.GetAsync($"/api/osmand?id={vehicle.DeviceUniqueId}&{fix}");
        using var unknown = await client.GetAsync($"/api/osmand?id=nobody-{Guid.NewGuid():N}&{fix}");

        Assert.Equal(await ComparableProblemAsync(unknown), await ComparableProblemAsync(switchedOff));
        Assert.Equal(0, await HistoryQueries.CountAsync(fixture.ConnectionString, vehicle.VehicleId));
    }

    [Fact]
    public async Task OsmAnd_ManyUnknownIdsFromOneAddress_429ProblemWithRetryAfterEvenForAKnownId()
    {
        var vehicle = (await fixture.NewCompanyAsync(vehicles: 1)).Vehicles[0];
        using var guesser = LoopbackClient.FromFreshAddress(fixture.BaseAddress);
        var fix = $"lat=51&lon=0&timestamp={DateTimeOffset.UtcNow.ToUnixTimeSeconds()}";
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
        {
            using var guess = await guesser.GetAsync($"/api/osmand?id=guess-{Guid.NewGuid():N}&{fix}");
            statuses.Add(guess.StatusCode);
        }

        using var known = await guesser.GetAsync($"/api/osmand?id={vehicle.DeviceUniqueId}&{fix}");
        using var otherAddress = LoopbackClient.FromFreshAddress(fixture.BaseAddress);
        using var fromElsewhere = await otherAddress.GetAsync($"/api/osmand?id={vehicle.DeviceUniqueId}&{fix}");

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.BadRequest, 10), statuses.Take(10));
        Assert.All(statuses.Skip(10), status => Assert.Equal(HttpStatusCode.TooManyRequests, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, known.StatusCode);
        Assert.Equal("application/problem+json", known.Content.Headers.ContentType?.MediaType);
        Assert.True(known.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After expected");
        Assert.Equal(HttpStatusCode.OK, fromElsewhere.StatusCode);
        Assert.Equal(1, await HistoryQueries.CountAsync(fixture.ConnectionString, vehicle.VehicleId));
    }

    [Theory]
    [InlineData("/api/osmand?id=abc%00def&lat=51&lon=0")]
    [InlineData("/api/osmand?id=%01%02&lat=51&lon=0")]
    public async Task OsmAnd_ControlCharacterInQueryId_AnswersLikeAnUnknownId(string path)
    {
        using var client = LoopbackClient.FromFreshAddress(fixture.BaseAddress);

        using var response = await client.GetAsync(path);

        Assert.Equal(["id"], (await ProblemAssert.ValidationErrorsAsync(response)).Keys);
    }

    [Theory]
    [InlineData("nul\\u0000id", "id")]
    [InlineData("\\ud800", "device_id")]
    public async Task OsmAnd_NulOrLoneSurrogateInJsonDeviceId_400NeverReachingTheDatabase(string escapedId, string field)
    {
        using var client = LoopbackClient.FromFreshAddress(fixture.BaseAddress);
        var json = $$$$"""{"device_id":"{{{{escapedId}}}}","location":{"timestamp":"{{{{DateTimeOffset.UtcNow:O}}}}","coords":{"latitude":51,"longitude":0}}}""";

        using var response = await client.PostAsync("/api/osmand", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal([field], (await ProblemAssert.ValidationErrorsAsync(response)).Keys);
    }

    /// <summary>The problem body without its per-request trace id, which differs by design.</summary>
    private static async Task<string> ComparableProblemAsync(HttpResponseMessage response)
    {
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var fields = body.EnumerateObject().Where(p => p.Name != "traceId").Select(p => $"{p.Name}={p.Value.GetRawText()}");
        return $"{(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType} {string.Join(";", fields)}";
    }

    private async Task ExecuteAsync(string sql, string id)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", id);
        await command.ExecuteNonQueryAsync();
    }
}
