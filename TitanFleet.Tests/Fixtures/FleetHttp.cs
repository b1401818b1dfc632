using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace TitanFleet.Tests.Fixtures;

/// <summary>HTTP clients as the product's real callers hold them: a signed-in browser (cookies) or a device (token).</summary>
public static class FleetHttp
{
    public sealed record SignedIn(HttpClient Client, CookieContainer Cookies) : IDisposable
    {
        public void Dispose() => Client.Dispose();
    }

    public static async Task<SignedIn> SignInAsync(Uri baseAddress, string email, string password = TestCompany.Password)
    {
        var cookies = new CookieContainer();
        var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = baseAddress };
        using var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new SignedIn(client, cookies);
    }

    public static HttpClient Device(Uri baseAddress, string token)
    {
        var client = new HttpClient { BaseAddress = baseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static object Position(DateTimeOffset timestamp, double latitude, double longitude, double? speed = null, Guid? vehicleId = null, double? heading = null) =>
        new { vehicleId, timestamp, latitude, longitude, speed, heading };
}
