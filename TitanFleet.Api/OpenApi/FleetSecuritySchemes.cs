using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.OpenApi;
using TitanFleet.Api.Auth;

namespace TitanFleet.Api.OpenApi;

/// <summary>How callers authenticate, as OpenAPI security schemes, keyed by our authentication scheme names.</summary>
public static class FleetSecuritySchemes
{
    public const string Cookie = "cookieAuth";
    public const string DeviceBearer = "deviceToken";
    public const string DeviceHeader = "deviceTokenHeader";

    public static IReadOnlyDictionary<string, IOpenApiSecurityScheme> Definitions { get; } = new Dictionary<string, IOpenApiSecurityScheme>
    {
        [Cookie] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = AuthServiceCollectionExtensions.CookieName,
            Description = "Set by POST /api/auth/login (HttpOnly, SameSite=Strict, 12 h sliding); browsers send it automatically.",
        },
        [DeviceBearer] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "tfd_{deviceId}_{secret}",
            Description = "A registered device's token: Authorization: Bearer tfd_…",
        },
        [DeviceHeader] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = DeviceTokenAuthenticationHandler.HeaderName,
            Description = "The same device token in its own header, for clients that cannot set Authorization.",
        },
    };

    /// <summary>The document's schemes that satisfy one of our authentication schemes.</summary>
    public static IEnumerable<string> For(string authenticationScheme) => authenticationScheme switch
    {
        CookieAuthenticationDefaults.AuthenticationScheme => [Cookie],
        DeviceTokenAuthenticationHandler.SchemeName => [DeviceBearer, DeviceHeader],
        _ => [],
    };
}
