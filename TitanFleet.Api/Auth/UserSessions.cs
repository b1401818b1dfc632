using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using TitanFleet.Grains.Users;

namespace TitanFleet.Api.Auth;

/// <summary>
/// Server-side sign-in sessions: the cookie carries a session id and every cookie-authenticated
/// request asks the user's <see cref="IUserSessionsGrain"/> whether it is still live, so ending a
/// session takes effect on every silo with the next request. <see cref="EndAllAsync"/> is what
/// deactivating a user, changing their role or changing their password must call.
/// </summary>
public sealed class UserSessions(IGrainFactory grains, IOptionsMonitor<CookieAuthenticationOptions> cookies, TimeProvider time)
{
    public async Task<Guid> StartAsync(Guid userId)
    {
        var sessionId = Guid.NewGuid();
        var lifetime = cookies.Get(CookieAuthenticationDefaults.AuthenticationScheme).ExpireTimeSpan;
        await Sessions(userId).StartAsync(sessionId, time.GetUtcNow() + lifetime);
        return sessionId;
    }

    public Task<bool> IsLiveAsync(Guid userId, Guid sessionId) => Sessions(userId).IsLiveAsync(sessionId);

    public Task RenewAsync(Guid userId, Guid sessionId, DateTimeOffset expiresAt) => Sessions(userId).RenewAsync(sessionId, expiresAt);

    public Task EndAsync(Guid userId, Guid sessionId) => Sessions(userId).EndAsync(sessionId);

    /// <summary>Ends every session of the user: their copied or still-open cookies answer 401 from the next request on.</summary>
    public Task EndAllAsync(Guid userId) => Sessions(userId).EndAllAsync();

    private IUserSessionsGrain Sessions(Guid userId) => grains.GetGrain<IUserSessionsGrain>(userId);
}
