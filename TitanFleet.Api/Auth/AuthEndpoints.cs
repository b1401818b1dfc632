using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using System.Security.Claims;

namespace TitanFleet.Api.Auth;

public static class AuthEndpoints
{
    public const string LoginRateLimitPolicy = "login";

    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder endpoints)
    {
        var auth = endpoints.MapGroup("/api/auth").WithTags("Auth");
        auth.MapPost("/login", LoginAsync).WithName("Login").WithSummary("Sign in with email and password; sets the auth cookie")
            .AllowAnonymous().RequireRateLimiting(LoginRateLimitPolicy)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        auth.MapPost("/logout", LogoutAsync).WithName("Logout").WithSummary("Sign out; clears the auth cookie").AllowAnonymous();
        auth.MapGet("/me", MeAsync).WithName("CurrentUser").WithSummary("The signed-in user")
            .RequireAuthorization(policy => policy.AddAuthenticationSchemes(CookieAuthenticationDefaults.AuthenticationScheme).RequireRole(Roles.UserRoles));
        return endpoints;
    }

    private static async Task<Results<Ok<CurrentUser>, ValidationProblem, UnauthorizedHttpResult>> LoginAsync(
        LoginRequest request, HttpContext context, IUserStore users, IPasswordHasher<UserAccount> hasher, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Email)) errors["email"] = ["Email is required."];
        if (string.IsNullOrEmpty(request.Password)) errors["password"] = ["Password is required."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var account = await users.FindByEmailAsync(request.Email!, cancellationToken);
        if (account is null || hasher.VerifyHashedPassword(account, account.PasswordHash, request.Password!) == PasswordVerificationResult.Failed)
            return TypedResults.Unauthorized();

        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, UserPrincipal.Create(account));
        return TypedResults.Ok(CurrentUser.From(account));
    }

    private static async Task<NoContent> LogoutAsync(HttpContext context, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<CurrentUser>, UnauthorizedHttpResult>> MeAsync(ClaimsPrincipal principal, IUserStore users, CancellationToken cancellationToken)
    {
        var account = await users.FindByIdAsync(principal.GetSubjectId(), cancellationToken);
        return account is null ? TypedResults.Unauthorized() : TypedResults.Ok(CurrentUser.From(account));
    }
}
