using System.Net;
using System.Net.Http.Json;
using Npgsql;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Cluster;

public sealed class DatabaseOutageTests
{
    [Fact]
    public async Task ReadyAndIngest_PostgresUnreachable_Return503WhileLiveStays200_ThenRecover()
    {
        await using var database = new TestDatabase("outage");
        var direct = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        await using var relay = new TcpRelay(direct.Host!, direct.Port);
        var viaRelay = new NpgsqlConnectionStringBuilder(direct.ConnectionString) { Host = "127.0.0.1", Port = relay.Port };
        await using var silo = new SiloProcess(viaRelay.ConnectionString, $"outage-{Guid.NewGuid():N}");
        await silo.StartAsync();
        using var client = silo.CreateClient();
        var company = await TestCompanyFactory.CreateAsync(direct.ConnectionString, 1);
        using var device = FleetHttp.Device(silo.BaseAddress, company.Vehicles[0].DeviceToken);
        (await device.PostAsJsonAsync("/api/locations", FleetHttp.Position(DateTimeOffset.UtcNow.AddSeconds(-1), 51, 0))).EnsureSuccessStatusCode();

        relay.Cut();
        var ready = await PollAsync(client, "/api/ready", HttpStatusCode.ServiceUnavailable);
        using var live = await client.GetAsync("/api/live");
        using var position = await device.PostAsJsonAsync("/api/locations", FleetHttp.Position(DateTimeOffset.UtcNow, 52, 0));
        relay.Restore();
        var recovered = await PollAsync(client, "/api/ready", HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, position.StatusCode);
        Assert.Equal("application/problem+json", position.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(position.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, recovered);
        Assert.Equal(1, await HistoryQueries.CountAsync(direct.ConnectionString, company.Vehicles[0].VehicleId));
    }

    [Fact]
    public async Task Start_PostgresUnreachableAtFirst_WaitsAndStartsOnceItAnswers()
    {
        await using var database = new TestDatabase("late_db");
        var direct = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        await using var relay = new TcpRelay(direct.Host!, direct.Port);
        var viaRelay = new NpgsqlConnectionStringBuilder(direct.ConnectionString) { Host = "127.0.0.1", Port = relay.Port };
        await using var silo = new SiloProcess(viaRelay.ConnectionString, $"late-{Guid.NewGuid():N}");
        relay.Cut();

        var starting = silo.StartAsync();
        // Restore only once the silo has tried and been turned away (its start-up takes seconds here).
        for (var waited = 0; relay.Refused == 0 && !starting.IsCompleted && waited < 600; waited++) await Task.Delay(100);
        await Task.Delay(TimeSpan.FromSeconds(2));
        relay.Restore();
        await starting;

        using var client = silo.CreateClient();
        using var ready = await client.GetAsync("/api/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    /// <summary>Polls until the expected status or 30 s pass; returns the last status seen.</summary>
    private static async Task<HttpStatusCode> PollAsync(HttpClient client, string path, HttpStatusCode expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        HttpStatusCode last;
        do
        {
            using var response = await client.GetAsync(path);
            last = response.StatusCode;
            if (last == expected) return last;
            await Task.Delay(250);
        }
        while (DateTime.UtcNow < deadline);
        return last;
    }
}
