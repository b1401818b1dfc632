using System.Net;
using System.Net.Http.Json;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Cluster;

/// <summary>Its own silo, with a low limit, so other tests' sign-ins never share its window.</summary>
public sealed class LoginRateLimitTests
{
    [Fact]
    public async Task Login_MoreAttemptsThanPermitted_429ProblemThenNoFurtherChecking()
    {
        await using var database = new TestDatabase("ratelimit");
        var connectionString = database.ConnectionString;
        await using var silo = new SiloProcess(connectionString, $"rl-{Guid.NewGuid():N}",
            new Dictionary<string, string> { ["LoginRateLimit__PermitLimit"] = "3", ["LoginRateLimit__Window"] = "00:05:00" });
        await silo.StartAsync();
        var company = await TestCompanyFactory.CreateAsync(connectionString, 0);
        using var client = silo.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var wrong = await client.PostAsJsonAsync("/api/auth/login", new { email = company.Email("admin"), password = "guess" + i });
            statuses.Add(wrong.StatusCode);
        }
        using var limited = await client.PostAsJsonAsync("/api/auth/login", new { email = company.Email("admin"), password = TestCompany.Password });

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
    }
}
