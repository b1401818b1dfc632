using System.Net;
using System.Net.Http.Headers;
using System.Text;
using TitanFleet.Tests.Fixtures;
using TitanFleet.Tests.Observability;

namespace TitanFleet.Tests.Api;

/// <summary>Hostile anonymous input on the ingestion paths is the client's mistake: a 4xx, never an event in the error tracker.</summary>
public sealed class IngestionErrorTrackingTests
{
    [Fact]
    public async Task HostileIngestionRequests_4xxAndNoErrorTrackerEvent()
    {
        var connectionString = TestPostgres.NewDatabase("tracking");
        await using var sentry = await FakeSentryServer.StartAsync();
        var silo = new SiloProcess(connectionString, $"tracking-{Guid.NewGuid():N}",
            new Dictionary<string, string> { ["Sentry__Dsn"] = sentry.Dsn, ["Sentry__TracesSampleRate"] = "1" });
        try
        {
            await silo.StartAsync();
            var vehicle = (await TestCompanyFactory.CreateAsync(connectionString, 1)).Vehicles[0];
            using var client = silo.CreateClient();
            var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            Func<HttpRequestMessage>[] requests =
            [
                () => new(HttpMethod.Get, $"/api/osmand?id=abc%00def&lat=51&lon=0&timestamp={now}"),
                () => new(HttpMethod.Post, "/api/osmand") { Content = Json("{}", "application/json; charset=no-such-charset") },
                () => new(HttpMethod.Post, "/api/osmand") { Content = new FormUrlEncodedContent(Enumerable.Range(0, 1_100).Select(i => KeyValuePair.Create($"f{i}", "1"))) },
                () => new(HttpMethod.Post, "/api/osmand") { Content = new StringContent(new string('k', 3_000) + "=1", Encoding.ASCII, "application/x-www-form-urlencoded") },
                () => new(HttpMethod.Post, "/api/osmand") { Content = Json("""{"device_id":"a\u0000b","location":{"coords":{"latitude":51,"longitude":0}}}""", "application/json") },
                () => new(HttpMethod.Post, "/api/locations") { Content = Json("{}", "application/json; charset=no-such-charset"), Headers = { Authorization = new AuthenticationHeaderValue("Bearer", vehicle.DeviceToken) } },
            ];

            foreach (var request in requests)
            {
                using var message = request();
                using var response = await client.SendAsync(message);
                Assert.True(response.StatusCode is >= HttpStatusCode.BadRequest and < HttpStatusCode.InternalServerError,
                    $"{message.Method} {message.RequestUri}: {(int)response.StatusCode}");
            }

            // Every request sends a transaction once it has finished, after any event it caused.
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (DateTime.UtcNow < deadline && Count(sentry, "transaction") < requests.Length) await Task.Delay(100);
            Assert.True(Count(sentry, "transaction") >= requests.Length, "the silo sent fewer transactions than requests");
            Assert.Equal(0, Count(sentry, "event"));
        }
        finally
        {
            await silo.DisposeAsync();
            await TestPostgres.DropDatabaseAsync(connectionString);
        }
    }

    private static StringContent Json(string body, string contentType)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    private static int Count(FakeSentryServer sentry, string type)
    {
        lock (sentry.Received) return sentry.Received.Count(item => item.Type == type);
    }
}
