using System.Net;
using System.Net.Http.Json;

namespace TitanFleet.Simulator.Http;

/// <summary>HTTP plumbing shared by every mode: one pooled client per run, cookie login.</summary>
public static class FleetHttp
{
    public const string CookieName = "titanfleet.auth";

    public static HttpClient CreateClient(Uri baseAddress, int connections) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = Math.Max(1, connections),
        UseCookies = false,
        AllowAutoRedirect = false,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(2),
    })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>Signs in and returns the <c>Cookie</c> header value carrying the auth cookie.</summary>
    public static async Task<string> LoginAsync(HttpClient client, string email, string password, CancellationToken cancellationToken)
    {
        using var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password }, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"Login as {email} failed: {(int)response.StatusCode} {response.ReasonPhrase}.");
        return CookieFrom(response) ?? throw new InvalidOperationException($"Login as {email} set no {CookieName} cookie.");
    }

    public static string? CookieFrom(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.Select(v => v.Split(';', 2)[0]).FirstOrDefault(v => v.StartsWith(CookieName + "=", StringComparison.Ordinal))
            : null;
}
