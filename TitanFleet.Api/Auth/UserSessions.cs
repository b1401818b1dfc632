using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using TitanFleet.Grains.Users;

namespace TitanFleet.Api.Auth;

/// <summary>
/// Server-side sign-in sessions: the cookie carries a session id and every cookie-authenticated
/// request asks the user's <see cref="IUserSessionsGrain"/> whether it is still live, so ending a
/// session takes effect on every silo with the next request. <see cref="EndAllAsync"/> is what
/// deactivating a user, changing their role or changing their password must call. A grain call that
/// fails becomes <see cref="SessionStoreUnavailableException"/>, which the API answers with 503.
/// </summary>
public sealed class UserSessions(IGrainFactory grains, IOptionsMonitor<CookieAuthenticationOptions> cookies, TimeProvider time)
{
    public async Task<Guid> StartAsync(Guid userId)
    {
        var sessionId = Guid.NewGuid();
        var lifetime = cookies.Get(CookieAuthenticationDefaults.AuthenticationScheme).ExpireTimeSpan;
        await Guard(() => Sessions(userId).StartAsync(sessionId, time.GetUtcNow() + lifetime));
        return sessionId;
    }

    public Task<bool> IsLiveAsync(Guid userId, Guid sessionId) => Guard(() => Sessions(userId).IsLiveAsync(sessionId));

    public Task RenewAsync(Guid userId, Guid sessionId, DateTimeOffset expiresAt) => Guard(() => Sessions(userId).RenewAsync(sessionId, expiresAt));

    /// <summary>Ends the session: its cookie answers 401 and its hub connections on every silo close.</summary>
    public Task EndAsync(Guid userId, Guid sessionId) => Guard(() => Sessions(userId).EndAsync(sessionId));

    /// <summary>Ends every session of the user: their copied or still-open cookies answer 401 from the next request on and their hub connections on every silo close.</summary>
    public Task EndAllAsync(Guid userId) => Guard(() => Sessions(userId).EndAllAsync());

    private IUserSessionsGrain Sessions(Guid userId) => grains.GetGrain<IUserSessionsGrain>(userId);

    private static async Task Guard(Func<Task> call) => await Guard(async () =>
    {
        await call();
        return true;
    });

    private static async Task<T> Guard<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw new SessionStoreUnavailableException(exception);
        }
    }
}
