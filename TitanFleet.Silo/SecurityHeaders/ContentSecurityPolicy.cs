using TitanFleet.Api.OpenApi;

namespace TitanFleet.Silo.SecurityHeaders;

/// <summary>
/// The Content-Security-Policy values. The live map runs only its own bundled scripts and styles
/// (no inline script), draws tiles from the configured tile server, and talks to its own origin
/// (CSP 3 'self' includes ws: and wss: on the same host, which SignalR's WebSocket needs). The
/// Swagger UI injects style elements, so its path allows inline styles (still no inline script).
/// </summary>
public static class ContentSecurityPolicy
{
    public static string ForSite(string? tileUrl) =>
        "default-src 'self'; script-src 'self'; style-src 'self'; " +
        $"img-src 'self' data:{TileSource(tileUrl)}; connect-src 'self'; font-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public const string ForApiDocs =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static bool IsApiDocs(PathString path) => path.StartsWithSegments("/" + FleetOpenApi.UiPath);

    /// <summary>The tile template's scheme and host; Leaflet's {s} subdomain placeholder becomes a wildcard.</summary>
    private static string TileSource(string? tileUrl)
    {
        if (string.IsNullOrWhiteSpace(tileUrl)) return "";
        var hostStart = tileUrl.IndexOf("://", StringComparison.Ordinal) + 3;
        var hostEnd = tileUrl.IndexOf('/', hostStart);
        var origin = hostEnd < 0 ? tileUrl : tileUrl[..hostEnd];
        return " " + origin.Replace("{s}", "*", StringComparison.Ordinal);
    }
}
