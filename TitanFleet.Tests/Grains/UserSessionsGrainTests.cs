using Orleans.Core.Internal;
using TitanFleet.Grains.Users;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Grains;

[Collection(GrainClusterCollection.Name)]
public sealed class UserSessionsGrainTests(GrainClusterFixture fixture)
{
    private static DateTimeOffset InAnHour => DateTimeOffset.UtcNow.AddHours(1);

    [Fact]
    public async Task EndAsync_ThenReactivated_SessionStaysEndedOthersStayLive()
    {
        var grain = fixture.Cluster.GrainFactory.GetGrain<IUserSessionsGrain>(Guid.NewGuid());
        var (ended, kept) = (Guid.NewGuid(), Guid.NewGuid());
        await grain.StartAsync(ended, InAnHour);
        await grain.StartAsync(kept, InAnHour);

        await grain.EndAsync(ended);
        await grain.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        await Task.Delay(500);

        Assert.False(await grain.IsLiveAsync(ended));
        Assert.True(await grain.IsLiveAsync(kept));
    }

    [Fact]
    public async Task RenewAsync_EndedSession_StaysEnded()
    {
        var grain = fixture.Cluster.GrainFactory.GetGrain<IUserSessionsGrain>(Guid.NewGuid());
        var session = Guid.NewGuid();
        await grain.StartAsync(session, InAnHour);
        await grain.EndAllAsync();

        await grain.RenewAsync(session, InAnHour.AddHours(12));

        Assert.False(await grain.IsLiveAsync(session));
    }

    [Fact]
    public async Task IsLiveAsync_PastExpiry_False()
    {
        var grain = fixture.Cluster.GrainFactory.GetGrain<IUserSessionsGrain>(Guid.NewGuid());
        var session = Guid.NewGuid();

        await grain.StartAsync(session, DateTimeOffset.UtcNow.AddSeconds(-1));

        Assert.False(await grain.IsLiveAsync(session));
    }

    [Fact]
    public async Task StartAsync_MoreThanMaxSessions_DropsTheOneClosestToExpiry()
    {
        var grain = fixture.Cluster.GrainFactory.GetGrain<IUserSessionsGrain>(Guid.NewGuid());
        var sessions = Enumerable.Range(0, UserSessionsGrain.MaxSessions + 1).Select(_ => Guid.NewGuid()).ToArray();

        for (var i = 0; i < sessions.Length; i++) await grain.StartAsync(sessions[i], InAnHour.AddMinutes(i));

        Assert.False(await grain.IsLiveAsync(sessions[0]));
        Assert.True(await grain.IsLiveAsync(sessions[1]));
        Assert.True(await grain.IsLiveAsync(sessions[^1]));
    }
}
