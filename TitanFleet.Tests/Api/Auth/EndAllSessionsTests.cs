using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TitanFleet.Api.Auth;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Api.Auth;

/// <summary>What deactivation, a role change and a password change will call: every cookie of the user stops working.</summary>
[Collection(InProcessSiloCollection.Name)]
public sealed class EndAllSessionsTests(InProcessSiloFixture fixture)
{
    [Fact]
    public async Task EndAllAsync_UserWithTwoSessions_BothCookiesUnauthorizedOthersUnaffected()
    {
        var company = await TestCompanyFactory.CreateAsync(fixture.ConnectionString, 0);
        var first = await SessionCookies.SignInAsync(fixture.BaseAddress, company.Email("mechanic"));
        var second = await SessionCookies.SignInAsync(fixture.BaseAddress, company.Email("mechanic"));
        var colleague = await SessionCookies.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var userId = (await SessionCookies.CurrentUserAsync(fixture.BaseAddress, first)).GetProperty("id").GetGuid();

        await fixture.Services.GetRequiredService<UserSessions>().EndAllAsync(userId);

        Assert.Equal(HttpStatusCode.Unauthorized, await SessionCookies.MeAsync(fixture.BaseAddress, first));
        Assert.Equal(HttpStatusCode.Unauthorized, await SessionCookies.MeAsync(fixture.BaseAddress, second));
        using var vehicles = await SessionCookies.SendAsync(fixture.BaseAddress, HttpMethod.Get, "/api/vehicles", second);
        Assert.Equal(HttpStatusCode.Unauthorized, vehicles.StatusCode);
        Assert.Equal(HttpStatusCode.OK, await SessionCookies.MeAsync(fixture.BaseAddress, colleague));
    }

    [Fact]
    public async Task EndAllAsync_ThenSignIn_NewSessionWorks()
    {
        var company = await TestCompanyFactory.CreateAsync(fixture.ConnectionString, 0);
        var old = await SessionCookies.SignInAsync(fixture.BaseAddress, company.Email("admin"));
        var userId = (await SessionCookies.CurrentUserAsync(fixture.BaseAddress, old)).GetProperty("id").GetGuid();

        await fixture.Services.GetRequiredService<UserSessions>().EndAllAsync(userId);
        var fresh = await SessionCookies.SignInAsync(fixture.BaseAddress, company.Email("admin"));

        Assert.Equal(HttpStatusCode.Unauthorized, await SessionCookies.MeAsync(fixture.BaseAddress, old));
        Assert.Equal(HttpStatusCode.OK, await SessionCookies.MeAsync(fixture.BaseAddress, fresh));
    }
}
