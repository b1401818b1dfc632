using TitanFleet.Tests.Api.Auth;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Cluster;

/// <summary>
/// A hub connection is authenticated once, at connect: logging out on one silo must close the
/// session's live dashboards on the other, or a signed-out browser keeps watching the fleet.
/// </summary>
[Collection(TwoSiloCollection.Name)]
public sealed class LogoutClosesDashboardsTests(TwoSiloFixture fixture)
{
    [Fact]
    public async Task Logout_OnSiloA_ClosesThatSessionsDashboardOnSiloB()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        var cookie = await SessionCookies.SignInAsync(fixture.SiloA.BaseAddress, company.Email("manager"));
        await using var dashboard = await SessionDashboards.ConnectAsync(fixture.SiloB.BaseAddress, cookie);

        using var logout = await SessionCookies.SendAsync(fixture.SiloA.BaseAddress, HttpMethod.Post, "/api/auth/logout", cookie);
        logout.EnsureSuccessStatusCode();

        await dashboard.Closed.WaitAsync(SessionDashboards.CloseWait);
    }

    [Fact]
    public async Task Logout_OneSession_SameUsersOtherSessionAndOtherUserKeepReceivingPushes()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var laptop = await SessionCookies.SignInAsync(fixture.SiloA.BaseAddress, company.Email("manager"));
        var phone = await SessionCookies.SignInAsync(fixture.SiloB.BaseAddress, company.Email("manager"));
        var colleague = await SessionCookies.SignInAsync(fixture.SiloA.BaseAddress, company.Email("admin"));
        await using var laptopDashboard = await SessionDashboards.ConnectAsync(fixture.SiloB.BaseAddress, laptop);
        await using var phoneDashboard = await SessionDashboards.ConnectAsync(fixture.SiloB.BaseAddress, phone);
        await using var colleagueDashboard = await SessionDashboards.ConnectAsync(fixture.SiloB.BaseAddress, colleague);

        using var logout = await SessionCookies.SendAsync(fixture.SiloA.BaseAddress, HttpMethod.Post, "/api/auth/logout", laptop);
        logout.EnsureSuccessStatusCode();
        await laptopDashboard.Closed.WaitAsync(SessionDashboards.CloseWait);

        await SessionDashboards.AssertReceivesAsync(phoneDashboard, fixture.SiloA.BaseAddress, company.Vehicles[0], latitude: 52.25);
        await SessionDashboards.AssertReceivesAsync(colleagueDashboard, fixture.SiloA.BaseAddress, company.Vehicles[0], latitude: 52.5);
        Assert.False(phoneDashboard.Closed.IsCompleted);
        Assert.False(colleagueDashboard.Closed.IsCompleted);
    }
}
