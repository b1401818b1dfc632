using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using TitanFleet.Api.Auth;
using TitanFleet.Api.Hubs;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Hubs;

[Collection(InProcessSiloCollection.Name)]
public sealed class DashboardConnectionsTests(InProcessSiloFixture silo)
{
    private static readonly TimeSpan CloseWait = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Abort_UserWithTwoDashboards_ClosesOnlyThatUsersConnections()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, 1);
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));
        using var admin = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("admin"));
        var managerId = (await manager.Client.GetFromJsonAsync<CurrentUser>("/api/auth/me"))!.Id;
        await using var first = await DashboardClient.ConnectAsync(silo.BaseAddress, manager.Cookies);
        await using var second = await DashboardClient.ConnectAsync(silo.BaseAddress, manager.Cookies);
        await using var other = await DashboardClient.ConnectAsync(silo.BaseAddress, admin.Cookies);

        var aborted = silo.Services.GetRequiredService<DashboardConnections>().Abort(managerId);

        Assert.Equal(2, aborted);
        await first.Closed.WaitAsync(CloseWait);
        await second.Closed.WaitAsync(CloseWait);
        Assert.False(other.Closed.IsCompleted);
        Assert.Single(await other.GetSnapshotAsync());
    }
}
