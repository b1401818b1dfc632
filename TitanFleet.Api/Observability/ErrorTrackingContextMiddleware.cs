using Sentry;

namespace TitanFleet.Api.Observability;

/// <summary>
/// Runs after authentication and authorization: tags the request's Sentry scope with the caller
/// and leaves a breadcrumb for the request. The scope is per request, so a user never leaks into
/// another request's events.
/// </summary>
public sealed class ErrorTrackingContextMiddleware(RequestDelegate next, IHub hub)
{
    public Task InvokeAsync(HttpContext context)
    {
        hub.AddBreadcrumb($"{context.Request.Method} {context.Request.Path}", "http.server", "http");
        if (context.User.Identity?.IsAuthenticated == true)
        {
            var user = ErrorTrackingUser.From(context.User);
            hub.ConfigureScope(scope => scope.User = user);
        }
        return next(context);
    }
}
