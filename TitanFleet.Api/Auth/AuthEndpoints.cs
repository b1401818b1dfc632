using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;

namespace TitanFleet.Api.Auth;

public static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder endpoints)
    {
        var auth = endpoints.MapGroup("/api/auth").WithTags("Auth");
        auth.MapPost("/login", LoginAsync).WithName("Login").WithSummary("Sign in with email and password; sets the auth cookie")
            .AllowAnonymous()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        auth.MapPost("/logout", LogoutAsync).WithName("Logout").WithSummary("Sign out; ends the session on the server and clears the auth cookie").AllowAnonymous();
        auth.MapGet("/me", MeAsync).WithName("CurrentUser").WithSummary("The signed-in user")
            .RequireAuthorization(policy => policy.AddAuthenticationSchemes(CookieAuthenticationDefaults.AuthenticationScheme).RequireRole(Roles.UserRoles));
        return endpoints;
    }

    private static async Task<Results<Ok<CurrentUser>, ValidationProblem, UnauthorizedHttpResult, ProblemHttpResult>> LoginAsync(
        LoginRequest request, HttpContext context, IUserStore users, PasswordCheck passwords, LoginRateLimiter limiter, PasswordHashingSlots slots,
        UserSessions sessions, CancellationToken cancellationToken)
    {
        var errors = LoginRequestValidator.Validate(request);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        using var lease = limiter.Acquire(context.Connection.RemoteIpAddress, request.Email!);
        if (!lease.IsAcquired) return TooManyAttempts(context, lease);

        UserAccount? account;
        using (var slot = await slots.AcquireAsync(cancellationToken))
        {
            if (!slot.IsAcquired) return PasswordHashingSlots.Busy(context);
            account = await users.FindByEmailAsync(request.Email!, cancellationToken);
            if (!passwords.Matches(account, request.Password!)) return TypedResults.Unauthorized();
        }

        var sessionId = await sessions.StartAsync(account!.Id);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, UserPrincipal.Create(account, sessionId));
        return TypedResults.Ok(CurrentUser.From(account));
    }

    private static ProblemHttpResult TooManyAttempts(HttpContext context, RateLimitLease lease)
    {
        if (lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many login attempts",
            detail: "Too many attempts for this email from this address. Wait before trying again.");
    }

    private static async Task<NoContent> LogoutAsync(HttpContext context, UserSessions sessions, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (context.User.GetSessionId() is { } sessionId) await sessions.EndAsync(context.User.GetSubjectId(), sessionId);
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<CurrentUser>, UnauthorizedHttpResult>> MeAsync(ClaimsPrincipal principal, IUserStore users, CancellationToken cancellationToken)
    {
        var account = await users.FindByIdAsync(principal.GetSubjectId(), cancellationToken);
        return account is null ? TypedResults.Unauthorized() : TypedResults.Ok(CurrentUser.From(account));
    }
}
