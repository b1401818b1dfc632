using System.Net;
using Npgsql;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Cluster;

public sealed class DatabaseOutageTests
{
    [Fact]
    public async Task Ready_PostgresUnreachable_Returns503WhileLiveStays200_ThenRecovers()
    {
        await using var database = new TestDatabase("outage");
        var direct = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        await using var relay = new TcpRelay(direct.Host!, direct.Port);
        var viaRelay = new NpgsqlConnectionStringBuilder(direct.ConnectionString) { Host = "127.0.0.1", Port = relay.Port };
        await using var silo = new SiloProcess(viaRelay.ConnectionString, $"outage-{Guid.NewGuid():N}");
        await silo.StartAsync();
        using var client = silo.CreateClient();

        relay.Cut();
        var ready = await PollAsync(client, "/api/ready", HttpStatusCode.ServiceUnavailable);
        using var live = await client.GetAsync("/api/live");
        relay.Restore();
        var recovered = await PollAsync(client, "/api/ready", HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, recovered);
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
