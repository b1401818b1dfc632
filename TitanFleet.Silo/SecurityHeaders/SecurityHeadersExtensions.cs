using TitanFleet.Silo.Dashboard;

namespace TitanFleet.Silo.SecurityHeaders;

public static class SecurityHeadersExtensions
{
    /// <summary>
    /// Security headers on every response, page, API and problem alike. Set as the response starts,
    /// because the exception handler clears headers set before it rewrites a failed response.
    /// </summary>
    public static WebApplication UseFleetSecurityHeaders(this WebApplication app)
    {
        var tileUrl = app.Configuration.GetSection(DashboardOptions.Section).Get<DashboardOptions>()?.TileUrl;
        var sitePolicy = ContentSecurityPolicy.ForSite(tileUrl);
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers.ContentSecurityPolicy = ContentSecurityPolicy.IsApiDocs(context.Request.Path) ? ContentSecurityPolicy.ForApiDocs : sitePolicy;
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }
}
