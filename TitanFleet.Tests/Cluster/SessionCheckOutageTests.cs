using System.Net;
using Npgsql;
using TitanFleet.Tests.Api.Auth;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Cluster;

/// <summary>
/// Every cookie request asks the user's session grain; when that grain cannot be activated (its
/// state is unreadable with the database down) the answer is "unavailable, retry", never a 500.
/// </summary>
[Collection(TwoSiloCollection.Name)]
public sealed class SessionCheckOutageTests(TwoSiloFixture fixture)
{
    [Fact]
    public async Task CookieRequest_SessionGrainCannotReadItsState_Returns503ProblemWithRetryAfter()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        var cookie = await SessionCookies.SignInAsync(fixture.SiloA.BaseAddress, company.Email("manager"));
        var direct = new NpgsqlConnectionStringBuilder(fixture.ConnectionString);
        await using var relay = new TcpRelay(direct.Host!, direct.Port);
        var viaRelay = new NpgsqlConnectionStringBuilder(direct.ConnectionString) { Host = "127.0.0.1", Port = relay.Port };
        // A silo of its own cluster on the same database: it shares the key ring (so it reads the
        // cookie) but has never activated this user's session grain, so the check must read storage.
        await using var isolated = new SiloProcess(viaRelay.ConnectionString, $"session-outage-{Guid.NewGuid():N}");
        await isolated.StartAsync();
        await SessionCookies.SignInAsync(isolated.BaseAddress, company.Email("admin"));

        relay.Cut();
        using var response = await SessionCookies.SendAsync(isolated.BaseAddress, HttpMethod.Get, "/api/auth/me", cookie);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"Expected 503, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.RetryAfter);
    }
}
