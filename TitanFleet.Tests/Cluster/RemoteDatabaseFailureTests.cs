using System.Net;
using Npgsql;
using TitanFleet.Tests.Fixtures;
using TitanFleet.Tests.Geofences;

namespace TitanFleet.Tests.Cluster;

/// <summary>
/// A database failure inside a grain on another silo reaches the silo that took the request as an
/// exception that crossed the Orleans boundary; it must still answer "unavailable, retry", never a 500.
/// </summary>
[Collection(TwoSiloCollection.Name)]
public sealed class RemoteDatabaseFailureTests(TwoSiloFixture fixture)
{
    private const int Geofences = 16;

    [Fact]
    public async Task Occupants_GeofenceGrainOnAnotherSiloCannotReachTheDatabase_Returns503ProblemWithRetryAfter()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        var geofences = new List<Guid>();
        using (var creator = await FleetHttp.SignInAsync(fixture.SiloA.BaseAddress, company.Email("manager")))
        {
            for (var i = 0; i < Geofences; i++)
                geofences.Add((await GeofenceRequests.CreateAsync(creator.Client, GeofenceRequests.Circle(51.5, -0.12 + (i * 0.01), 250, name: $"Zone {i}"))).Id());
        }
        var direct = new NpgsqlConnectionStringBuilder(fixture.ConnectionString);
        await using var relay = new TcpRelay(direct.Host!, direct.Port);
        var viaRelay = new NpgsqlConnectionStringBuilder(direct.ConnectionString) { Host = "127.0.0.1", Port = relay.Port };
        // A cluster of its own, so none of these geofence grains is active in it yet: the front silo
        // reaches the database directly, the back one only through the relay.
        var clusterId = $"remote-db-failure-{Guid.NewGuid():N}";
        await using var front = new SiloProcess(fixture.ConnectionString, clusterId);
        await front.StartAsync();
        await using var back = new SiloProcess(viaRelay.ConnectionString, clusterId);
        await back.StartAsync();
        using var manager = await FleetHttp.SignInAsync(front.BaseAddress, company.Email("manager"));
        // Activated from the back silo first: placement prefers the calling silo, so most of these grains
        // live on the back one, and each read of its occupants goes to the database.
        using (var viaBack = await FleetHttp.SignInAsync(back.BaseAddress, company.Email("manager")))
        {
            foreach (var geofenceId in geofences)
            {
                using var activated = await viaBack.Client.GetAsync($"/api/geofences/{geofenceId}/occupants");
                activated.EnsureSuccessStatusCode();
            }
        }

        relay.Cut();
        var answers = new List<(HttpStatusCode Status, string? MediaType, bool RetryAfter, string Body)>();
        foreach (var geofenceId in geofences)
        {
            using var response = await manager.Client.GetAsync($"/api/geofences/{geofenceId}/occupants");
            answers.Add((response.StatusCode, response.Content.Headers.ContentType?.MediaType, response.Headers.RetryAfter is not null,
                await response.Content.ReadAsStringAsync()));
            // A grain on the front silo answers; the first one on the back silo is the case under test.
            if (response.StatusCode != HttpStatusCode.OK) break;
        }

        var failures = answers.Where(a => a.Status != HttpStatusCode.OK).ToList();
        Assert.True(failures.Count == 1, $"No geofence grain was placed on the back silo: {string.Join(", ", answers.Select(a => (int)a.Status))}");
        var failure = failures[0];
        Assert.True(failure.Status == HttpStatusCode.ServiceUnavailable, $"Expected 503, got {(int)failure.Status}: {failure.Body}");
        Assert.Equal("application/problem+json", failure.MediaType);
        Assert.True(failure.RetryAfter, "a 503 without Retry-After");
    }
}
