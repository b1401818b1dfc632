using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using TitanFleet.Silo.Demo;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Hosting;

/// <summary>What a Production silo does differently: Secure cookies, an encrypted key ring, trusted proxies only, guarded ops surfaces.</summary>
[Collection(ProductionSilosCollection.Name)]
public sealed class ProductionHostingTests(ProductionSilosFixture fixture)
{
    private const string Outsider = "203.0.113.7";
    private const string OpsAddress = "10.1.2.3";

    [Fact]
    public async Task Login_ProductionOverPlainHttp_IssuesSecureCookie()
    {
        var cookie = await SignInCookieAsync(fixture.Direct);

        Assert.StartsWith("titanfleet.auth=", cookie, StringComparison.Ordinal);
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task KeyRing_CertificateConfigured_StoresKeysEncryptedThatStillSignCookies()
    {
        var cookie = await SignInCookieAsync(fixture.Direct);

        var keys = await KeyXmlAsync();
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
            Assert.Contains("<EncryptedData", xml, StringComparison.Ordinal);
        });
        using var client = fixture.Direct.CreateClient();
        using var me = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
        me.Headers.Add("Cookie", cookie.Split(';')[0]);
        using var response = await client.SendAsync(me);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Health_ForwardedForWithNoTrustedProxy_IsIgnored()
    {
        var health = await HealthAsync(fixture.Direct, forwardedFor: Outsider);

        Assert.True(health.TryGetProperty("memory", out _), $"a loopback caller gets the details whatever it forwards: {health}");
    }

    [Fact]
    public async Task Health_ForwardedForFromTrustedProxy_IsHonoured()
    {
        var outsider = await HealthAsync(fixture.BehindProxy, forwardedFor: Outsider);
        var ops = await HealthAsync(fixture.BehindProxy, forwardedFor: OpsAddress);

        Assert.Equal(["status"], outsider.EnumerateObject().Select(property => property.Name));
        Assert.True(ops.TryGetProperty("memory", out _), $"an ops network caller gets the details: {ops}");
        Assert.True(ops.TryGetProperty("environment", out _));
    }

    [Fact]
    public async Task Health_AdminOutsideOpsNetworks_GetsDetails()
    {
        var cookie = await SignInCookieAsync(fixture.BehindProxy);

        var health = await HealthAsync(fixture.BehindProxy, forwardedFor: Outsider, cookie: cookie);

        Assert.True(health.TryGetProperty("version", out _), $"an admin gets the details: {health}");
    }

    [Fact]
    public async Task Metrics_OutsideOpsNetworks_Answers404Problem()
    {
        using var client = fixture.BehindProxy.CreateClient();
        using var outsider = Get("/metrics", Outsider);
        using var ops = Get("/metrics", OpsAddress);

        using var hidden = await client.SendAsync(outsider);
        using var shown = await client.SendAsync(ops);

        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal("application/problem+json", hidden.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("# TYPE", await hidden.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Contains("# TYPE", await shown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Probes_OutsideOpsNetworks_StayOpen()
    {
        using var client = fixture.BehindProxy.CreateClient();
        using var live = Get("/api/live", Outsider);
        using var ready = Get("/api/ready", Outsider);

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(live)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(ready)).StatusCode);
    }

    [Fact]
    public async Task ApiDocs_ProductionByDefault_AreNotServed()
    {
        using var client = fixture.Direct.CreateClient();

        using var document = await client.GetAsync("/api-docs.json");
        var ui = await client.GetStringAsync("/api-docs/index.html").ContinueWith(task => task.IsCompletedSuccessfully ? task.Result : "");

        Assert.Equal(HttpStatusCode.NotFound, document.StatusCode);
        Assert.DoesNotContain("swagger", ui, StringComparison.OrdinalIgnoreCase);
    }

    private static HttpRequestMessage Get(string path, string forwardedFor)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        request.Headers.Add("X-Forwarded-Proto", "https");
        return request;
    }

    private static async Task<JsonElement> HealthAsync(SiloProcess silo, string forwardedFor, string? cookie = null)
    {
        using var client = silo.CreateClient();
        using var request = Get("/api/health", forwardedFor);
        if (cookie is not null) request.Headers.Add("Cookie", cookie.Split(';')[0]);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>The raw Set-Cookie of a demo admin's sign-in: an HttpClient cookie jar would not send a Secure cookie back over http.</summary>
    private static async Task<string> SignInCookieAsync(SiloProcess silo)
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = silo.BaseAddress };
        using var response = await client.PostAsJsonAsync("/api/auth/login", new { email = DemoFleet.Email("admin"), password = DemoFleet.Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Assert.Single(response.Headers.GetValues("Set-Cookie"), value => value.StartsWith("titanfleet.auth=", StringComparison.Ordinal));
    }

    private async Task<List<string>> KeyXmlAsync()
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT xml FROM data_protection_keys", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var keys = new List<string>();
        while (await reader.ReadAsync()) keys.Add(reader.GetString(0));
        return keys;
    }
}
