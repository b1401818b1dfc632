using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace TitanFleet.Api.Auth;

/// <summary>
/// Ties the auth cookie to its server-side session: a cookie whose session was ended (logout,
/// <see cref="UserSessions.EndAllAsync"/>) is refused on every request, however it was kept. The check
/// is one in-memory grain call with no time-based cache, so a revocation is never served stale. When
/// that call fails the request ends in <see cref="SessionStoreUnavailableException"/> (a 503).
/// </summary>
public static class SessionCookieEvents
{
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        if (Session(context.Principal) is var (userId, sessionId)
            && await context.HttpContext.RequestServices.GetRequiredService<UserSessions>().IsLiveAsync(userId, sessionId))
            return;

        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(context.Scheme.Name);
    }

    /// <summary>The cookie slides; its session's server-side expiry slides with it.</summary>
    public static async Task CheckSlidingExpirationAsync(CookieSlidingExpirationContext context)
    {
        if (!context.ShouldRenew || Session(context.Principal) is not var (userId, sessionId)) return;
        var sessions = context.HttpContext.RequestServices.GetRequiredService<UserSessions>();
        var time = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        await sessions.RenewAsync(userId, sessionId, time.GetUtcNow() + context.Options.ExpireTimeSpan);
    }

    private static (Guid UserId, Guid SessionId)? Session(ClaimsPrincipal? principal) =>
        principal?.GetSessionId() is { } sessionId && Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)
            ? (userId, sessionId)
            : null;
}
