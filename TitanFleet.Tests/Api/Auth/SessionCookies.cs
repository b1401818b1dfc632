using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Api.Auth;

/// <summary>Auth cookies handled by hand, as someone who copied one out of a browser would.</summary>
public static class SessionCookies
{
    public static async Task<string> SignInAsync(Uri baseAddress, string email)
    {
        using var client = Bare(baseAddress);
        using var login = await client.PostAsJsonAsync("/api/auth/login", new { email, password = TestCompany.Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        return Assert.Single(login.Headers.GetValues("Set-Cookie")).Split(';')[0];
    }

    public static async Task<HttpStatusCode> MeAsync(Uri baseAddress, string cookie) => (await SendAsync(baseAddress, HttpMethod.Get, "/api/auth/me", cookie)).StatusCode;

    public static async Task<JsonElement> CurrentUserAsync(Uri baseAddress, string cookie)
    {
        using var client = Bare(baseAddress);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
        request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<HttpResponseMessage> SendAsync(Uri baseAddress, HttpMethod method, string path, string cookie)
    {
        using var client = Bare(baseAddress);
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    private static HttpClient Bare(Uri baseAddress) => new(new HttpClientHandler { UseCookies = false }) { BaseAddress = baseAddress };
}
