using System.Net;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Api.Auth;

/// <summary>Logout ends the session on the server: a copied cookie is refused on every silo at once.</summary>
[Collection(TwoSiloCollection.Name)]
public sealed class SessionEndTests(TwoSiloFixture fixture)
{
    [Fact]
    public async Task Logout_OnSiloA_CopiedCookieUnauthorizedOnSiloBImmediately()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        var cookie = await SessionCookies.SignInAsync(fixture.SiloA.BaseAddress, company.Email("manager"));
        Assert.Equal(HttpStatusCode.OK, await SessionCookies.MeAsync(fixture.SiloB.BaseAddress, cookie));

        using var logout = await SessionCookies.SendAsync(fixture.SiloA.BaseAddress, HttpMethod.Post, "/api/auth/logout", cookie);
        logout.EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.Unauthorized, await SessionCookies.MeAsync(fixture.SiloB.BaseAddress, cookie));
        using var vehicles = await SessionCookies.SendAsync(fixture.SiloB.BaseAddress, HttpMethod.Get, "/api/vehicles", cookie);
        Assert.Equal(HttpStatusCode.Unauthorized, vehicles.StatusCode);
    }

    [Fact]
    public async Task HubConnect_AfterLogout_CopiedCookieRefused()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        var cookie = await SessionCookies.SignInAsync(fixture.SiloA.BaseAddress, company.Email("manager"));

        using var logout = await SessionCookies.SendAsync(fixture.SiloA.BaseAddress, HttpMethod.Post, "/api/auth/logout", cookie);
        logout.EnsureSuccessStatusCode();

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => DashboardClient.ConnectAsync(fixture.SiloB.BaseAddress, Jar(fixture.SiloB.BaseAddress, cookie)));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task Logout_OneSession_OtherSessionOfSameUserStaysSignedIn()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        var laptop = await SessionCookies.SignInAsync(fixture.SiloA.BaseAddress, company.Email("manager"));
        var phone = await SessionCookies.SignInAsync(fixture.SiloB.BaseAddress, company.Email("manager"));

        using var logout = await SessionCookies.SendAsync(fixture.SiloA.BaseAddress, HttpMethod.Post, "/api/auth/logout", laptop);
        logout.EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.Unauthorized, await SessionCookies.MeAsync(fixture.SiloA.BaseAddress, laptop));
        Assert.Equal(HttpStatusCode.OK, await SessionCookies.MeAsync(fixture.SiloA.BaseAddress, phone));
        Assert.Equal(HttpStatusCode.OK, await SessionCookies.MeAsync(fixture.SiloB.BaseAddress, phone));
    }

    private static CookieContainer Jar(Uri baseAddress, string cookie)
    {
        var jar = new CookieContainer();
        jar.SetCookies(baseAddress, cookie);
        return jar;
    }
}
