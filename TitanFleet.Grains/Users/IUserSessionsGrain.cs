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

    /// <summary>Ends the session and has every silo close the hub connections opened with it.</summary>
    Task EndAsync(Guid sessionId);

    /// <summary>Ends every session of the user and has every silo close all of their hub connections.</summary>
    Task EndAllAsync();
}
