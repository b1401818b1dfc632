using Orleans.Concurrency;

namespace TitanFleet.Grains.Users;

/// <summary>
/// The live sign-in sessions of one user, keyed by user id. Every silo asks this one activation
/// whether a session is live, so a session ended here is ended on every silo at once.
/// </summary>
public interface IUserSessionsGrain : IGrainWithGuidKey
{
    Task StartAsync(Guid sessionId, DateTimeOffset expiresAt);

    [ReadOnly]
    Task<bool> IsLiveAsync(Guid sessionId);

    /// <summary>Moves a live session's expiry (sliding expiration); an ended session stays ended.</summary>
    Task RenewAsync(Guid sessionId, DateTimeOffset expiresAt);

    Task EndAsync(Guid sessionId);

    Task EndAllAsync();
}
