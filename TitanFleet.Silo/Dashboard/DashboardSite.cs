using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using TitanFleet.Api.Auth;
using TitanFleet.Api.Files;

namespace TitanFleet.Silo.Dashboard;

public static partial class DashboardSite
{
    private const string IndexFile = "index.html";

    /// <summary>
    /// Serves the built live map page (web/) at <c>/</c> and its configuration endpoint. Any other page
    /// path that no endpoint claims gets index.html too, so client-side routes survive a reload, while
    /// unknown <c>/api</c> and <c>/hubs</c> paths and missing files still answer 404.
    /// </summary>
    public static WebApplication UseFleetDashboard(this WebApplication app)
    {
        var options = app.Configuration.GetSection(DashboardOptions.Section).Get<DashboardOptions>() ?? new DashboardOptions();
        var validation = new DashboardOptionsValidator().Validate(null, options);
        if (validation.Failed) throw new OptionsValidationException(DashboardOptions.Section, typeof(DashboardOptions), validation.Failures);

        var files = app.Services.GetRequiredService<IOptions<FilesOptions>>().Value;
        var config = new DashboardConfig(options.TileUrl, options.TileAttribution, files.MaxBytes);
        app.MapGet("/api/dashboard/config", () => TypedResults.Ok(config))
            .WithName("GetDashboardConfig").WithSummary("Settings for the page: map tiles and the upload size limit").WithTags("Dashboard")
            .RequireAuthorization(Policies.FleetViewer);

        var webRoot = Path.GetFullPath(options.WebRoot, AppContext.BaseDirectory);
        if (!File.Exists(Path.Combine(webRoot, IndexFile)))
        {
            LogPageMissing(app.Logger, webRoot);
            return app;
        }

        // Middleware rather than a fallback endpoint: the page is not part of the API or its OpenAPI document.
        app.Use(ServePageForClientRoutes);
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(webRoot), OnPrepareResponse = SetCaching });
        return app;
    }

    private static Task ServePageForClientRoutes(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        if (context.GetEndpoint() is null
            && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && !request.Path.StartsWithSegments("/api") && !request.Path.StartsWithSegments("/hubs")
            && !Path.HasExtension(request.Path.Value))
        {
            request.Path = "/" + IndexFile;
        }
        return next(context);
    }

    /// <summary>Bundles carry a content hash in their names; index.html does not and must always be revalidated.</summary>
    private static void SetCaching(StaticFileResponseContext context) =>
        context.Context.Response.Headers.CacheControl = context.File.Name == IndexFile ? "no-cache" : "public, max-age=3600";

    [LoggerMessage(Level = LogLevel.Warning, Message = "The live map page is not built ({WebRoot} has no index.html): run scripts/build-web.sh")]
    private static partial void LogPageMissing(ILogger logger, string webRoot);
}
