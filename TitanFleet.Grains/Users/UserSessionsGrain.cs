using TitanFleet.Grains.Push;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Grains.Users;

/// <summary>
/// Holds a user's live session ids. Every change is written before it is acknowledged, so an ended
/// session stays ended when the grain moves to another silo or its silo dies. An ending is then told
/// to every silo's push observer, which closes the hub connections opened with that session: a
/// connection authenticated once at connect would otherwise outlive its session.
/// </summary>
public sealed class UserSessionsGrain(
    [PersistentState("sessions", StorageNames.GrainStore)] IPersistentState<UserSessionsState> state,
    TimeProvider time) : Grain, IUserSessionsGrain
{
    /// <summary>Signing in again and again must not grow the state without bound: the session closest to expiry goes first.</summary>
    public const int MaxSessions = 50;

    private Dictionary<Guid, DateTimeOffset> Sessions => state.State.Sessions;

    public async Task StartAsync(Guid sessionId, DateTimeOffset expiresAt)
    {
        var now = time.GetUtcNow();
        foreach (var expired in Sessions.Where(session => session.Value <= now).Select(session => session.Key).ToList()) Sessions.Remove(expired);
        while (Sessions.Count >= MaxSessions) Sessions.Remove(Sessions.MinBy(session => session.Value).Key);
        Sessions[sessionId] = expiresAt;
        await state.WriteStateAsync();
    }

    public Task<bool> IsLiveAsync(Guid sessionId) =>
        Task.FromResult(Sessions.TryGetValue(sessionId, out var expiresAt) && expiresAt > time.GetUtcNow());

    public async Task RenewAsync(Guid sessionId, DateTimeOffset expiresAt)
    {
        if (!Sessions.TryGetValue(sessionId, out var current) || current <= time.GetUtcNow() || current >= expiresAt) return;
        Sessions[sessionId] = expiresAt;
        await state.WriteStateAsync();
    }

    // The silos are told even when nothing was removed: a caller retrying after a failed broadcast
    // must still get the connections closed.
    public async Task EndAsync(Guid sessionId)
    {
        if (Sessions.Remove(sessionId)) await state.WriteStateAsync();
        var userId = this.GetPrimaryKey();
        foreach (var silo in await SilosAsync()) await silo.OnSessionEnded(userId, sessionId);
    }

    public async Task EndAllAsync()
    {
        if (Sessions.Count > 0)
        {
            Sessions.Clear();
            await state.WriteStateAsync();
        }
        var userId = this.GetPrimaryKey();
        foreach (var silo in await SilosAsync()) await silo.OnAllSessionsEnded(userId);
    }

    private Task<IFleetPushObserver[]> SilosAsync() =>
        GrainFactory.GetGrain<IPushDirectoryGrain>(StorageNames.PushDirectoryKey).GetSubscribers();
}
