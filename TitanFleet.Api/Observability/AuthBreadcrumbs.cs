using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using Sentry;
using TitanFleet.Grains.Observability;

namespace TitanFleet.Api.Observability;

/// <summary>Sign-in and sign-out as breadcrumbs; sign-in sets the scope's user and sign-out clears it.</summary>
public sealed class AuthBreadcrumbs(IHub hub, IErrorTracker tracker) : IPostConfigureOptions<CookieAuthenticationOptions>
{
    public void PostConfigure(string? name, CookieAuthenticationOptions options)
    {
        var signedIn = options.Events.OnSignedIn;
        options.Events.OnSignedIn = async context =>
        {
            var user = ErrorTrackingUser.From(context.Principal!);
            hub.ConfigureScope(scope => scope.User = user);
            tracker.AddBreadcrumb("auth", "User signed in");
            await signedIn(context);
        };
        var signingOut = options.Events.OnSigningOut;
        options.Events.OnSigningOut = async context =>
        {
            tracker.AddBreadcrumb("auth", "User signed out");
            hub.ConfigureScope(scope => scope.User = new SentryUser());
            await signingOut(context);
        };
    }
}
