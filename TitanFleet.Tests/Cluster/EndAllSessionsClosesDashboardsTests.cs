using TitanFleet.Grains.Users;
using TitanFleet.Tests.Api.Auth;

namespace TitanFleet.Tests.Cluster;

/// <summary>
/// Deactivation, a role change and a password change end every session of the user: their live
/// dashboards on every silo close at once, not at their next reconnect.
/// </summary>
[Collection(GatewaySiloPairCollection.Name)]
public sealed class EndAllSessionsClosesDashboardsTests(GatewaySiloPairFixture fixture)
{
    [Fact]
    public async Task EndAllAsync_UserWithDashboardsOnBothSilos_AllClosedOtherUserKeepsReceivingPushes()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var laptop = await SessionCookies.SignInAsync(fixture.SiloA.BaseAddress, company.Email("manager"));
        var phone = await SessionCookies.SignInAsync(fixture.SiloB.BaseAddress, company.Email("manager"));
        var colleague = await SessionCookies.SignInAsync(fixture.SiloA.BaseAddress, company.Email("admin"));
        var userId = await SessionDashboards.UserIdAsync(fixture.SiloA.BaseAddress, laptop);
        await using var laptopOnB = await SessionDashboards.ConnectAsync(fixture.SiloB.BaseAddress, laptop);
        await using var phoneOnB = await SessionDashboards.ConnectAsync(fixture.SiloB.BaseAddress, phone);
        await using var phoneOnA = await SessionDashboards.ConnectAsync(fixture.SiloA.BaseAddress, phone);
        await using var colleagueOnB = await SessionDashboards.ConnectAsync(fixture.SiloB.BaseAddress, colleague);

        await fixture.Grains.GetGrain<IUserSessionsGrain>(userId).EndAllAsync();

        await laptopOnB.Closed.WaitAsync(SessionDashboards.CloseWait);
        await phoneOnB.Closed.WaitAsync(SessionDashboards.CloseWait);
        await phoneOnA.Closed.WaitAsync(SessionDashboards.CloseWait);
        await SessionDashboards.AssertReceivesAsync(colleagueOnB, fixture.SiloA.BaseAddress, company.Vehicles[0], latitude: 53.25);
        Assert.False(colleagueOnB.Closed.IsCompleted);
    }
}
