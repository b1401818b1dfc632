using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;
using TitanFleet.Api.Devices;

namespace TitanFleet.Api.Auth;

public static class AuthServiceCollectionExtensions
{
    public const string CookieName = "titanfleet.auth";

    public static IServiceCollection AddFleetAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IUserStore, PostgresUserStore>();
        services.AddSingleton<IDeviceStore, PostgresDeviceStore>();
        services.AddSingleton<IPasswordHasher<UserAccount>, PasswordHasher<UserAccount>>();
        services.AddSingleton<PasswordCheck>();
        services.AddOptions<PasswordHashingOptions>().BindConfiguration(PasswordHashingOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PasswordHashingOptions>, PasswordHashingOptionsValidator>();
        services.AddSingleton<PasswordHashingSlots>();
        services.AddSingleton<UserSessions>();
        services.AddExceptionHandler<SessionStoreUnavailableExceptionHandler>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddDataProtection().SetApplicationName("TitanFleet");
        services.AddOptions<KeyManagementOptions>()
            .Configure<NpgsqlDataSource>((options, dataSource) => options.XmlRepository = new PostgresXmlRepository(dataSource));

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.ExpireTimeSpan = TimeSpan.FromHours(12);
                options.SlidingExpiration = true;
                // An API answers 401/403; redirecting to a login page is for server-rendered sites.
                options.Events.OnRedirectToLogin = context => WriteStatus(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => WriteStatus(context, StatusCodes.Status403Forbidden);
                options.Events.OnValidatePrincipal = SessionCookieEvents.ValidatePrincipalAsync;
                options.Events.OnCheckSlidingExpiration = SessionCookieEvents.CheckSlidingExpirationAsync;
            })
            .AddScheme<AuthenticationSchemeOptions, DeviceTokenAuthenticationHandler>(DeviceTokenAuthenticationHandler.SchemeName, _ => { });
        // Behind a TLS-terminating ingress the silo sees plain http, so "same as request" would drop
        // Secure: outside Development the cookie is always Secure (local http runs are Development).
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IHostEnvironment>((options, environment) =>
                options.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always);

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.FleetViewer, policy => policy
                .AddAuthenticationSchemes(CookieAuthenticationDefaults.AuthenticationScheme)
                .RequireRole(Roles.Admin, Roles.Manager, Roles.Mechanic))
            .AddPolicy(Policies.FleetManager, policy => policy
                .AddAuthenticationSchemes(CookieAuthenticationDefaults.AuthenticationScheme)
                .RequireRole(Roles.Admin, Roles.Manager))
            .AddPolicy(Policies.UserAdmin, policy => policy
                .AddAuthenticationSchemes(CookieAuthenticationDefaults.AuthenticationScheme)
                .RequireRole(Roles.Admin))
            .AddPolicy(Policies.SignedInUser, policy => policy
                .AddAuthenticationSchemes(CookieAuthenticationDefaults.AuthenticationScheme)
                .RequireRole(Roles.UserRoles))
            .AddPolicy(Policies.ShiftWorker, policy => policy
                .AddAuthenticationSchemes(CookieAuthenticationDefaults.AuthenticationScheme)
                .RequireRole(Roles.Driver, Roles.Manager, Roles.Admin))
            .AddPolicy(Policies.DefectWorker, policy => policy
                .AddAuthenticationSchemes(CookieAuthenticationDefaults.AuthenticationScheme)
                .RequireRole(Roles.Mechanic, Roles.Manager, Roles.Admin))
            .AddPolicy(Policies.PositionWriter, policy => policy
                .AddAuthenticationSchemes(CookieAuthenticationDefaults.AuthenticationScheme, DeviceTokenAuthenticationHandler.SchemeName)
                .RequireRole(Roles.Device, Roles.Driver, Roles.Manager, Roles.Admin));

        services.AddOptions<LoginRateLimitOptions>().BindConfiguration(LoginRateLimitOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<LoginRateLimitOptions>, LoginRateLimitOptionsValidator>();
        services.AddSingleton<LoginRateLimiter>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancellationToken) =>
            {
                var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests", Detail = "Wait before trying again." },
                });
            };
        });
        return services;
    }

    private static Task WriteStatus(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
