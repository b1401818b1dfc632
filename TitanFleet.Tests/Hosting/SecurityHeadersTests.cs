using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Hosting;

/// <summary>Every response carries the security headers: API answers, the page, and problem responses.</summary>
[Collection(SingleSiloCollection.Name)]
public sealed class SecurityHeadersTests(SingleSiloFixture fixture)
{
    [Theory]
    [InlineData("/api/live", 200)]
    [InlineData("/", 200)]
    [InlineData("/api/vehicles", 401)]
    [InlineData("/api/no-such-thing", 404)]
    public async Task Get_AnyResponse_CarriesSecurityHeaders(string path, int status)
    {
        using var client = fixture.Silo.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        var policy = Header(response, "Content-Security-Policy");
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_MalformedJson_ProblemCarriesSecurityHeaders()
    {
        using var client = fixture.Silo.CreateClient();

        using var response = await client.PostAsync("/api/auth/login", new StringContent("{\"email\":", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";
}
