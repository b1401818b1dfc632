using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using TitanFleet.Api.Audit;
using TitanFleet.Api.Auth;
using TitanFleet.Api.CheckItems;
using TitanFleet.Api.Company;
using TitanFleet.Api.Dashboard;
using TitanFleet.Api.Defects;
using TitanFleet.Api.Devices;
using TitanFleet.Api.Events;
using TitanFleet.Api.Files;
using TitanFleet.Api.Geofences;
using TitanFleet.Api.Reminders;
using TitanFleet.Api.Reports;
using TitanFleet.Api.Hubs;
using TitanFleet.Api.Inspections;
using TitanFleet.Api.Locations;
using TitanFleet.Api.Notifications;
using TitanFleet.Api.OsmAnd;
using TitanFleet.Api.Problems;
using TitanFleet.Api.Shifts;
using TitanFleet.Api.Timesheets;
using TitanFleet.Api.Users;
using TitanFleet.Api.Validation;
using TitanFleet.Api.Vehicles;

namespace TitanFleet.Api;

public static class FleetApi
{
    public static IServiceCollection AddFleetApi(this IServiceCollection services, IConfiguration configuration)
    {
        var enumsAsStrings = new JsonStringEnumConverter(JsonNamingPolicy.CamelCase);
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(enumsAsStrings);
            // Stored text is returned as stored, but with <, > and & escaped, so a fragment of script in
            // a record never reaches a client as markup, even one that mishandles the content type.
            options.SerializerOptions.Encoder = JavaScriptEncoder.Default;
        });
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddExceptionHandler<DatabaseUnavailableExceptionHandler>();
        services.AddExceptionHandler<MalformedBodyExceptionHandler>();

        services.AddFleetAuth(configuration);
        services.AddFleetValidation();
        services.AddFleetUsers();
        services.AddFleetDevices();
        services.AddFleetFiles();
        services.AddFleetCompany();
        services.AddSingleton<PostgresAuditLogReader>();
        services.AddOptions<IngestionOptions>().Bind(configuration.GetSection(IngestionOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<IngestionOptions>, IngestionOptionsValidator>();
        services.AddSingleton<PositionIngestion>();
        services.AddSingleton<DeviceFixRateLimiter>();
        services.AddSingleton<UnknownDeviceRateLimiter>();
        services.AddSingleton<OsmAndDevices>();

        services.AddSignalR().AddJsonProtocol(options => options.PayloadSerializerOptions.Converters.Add(enumsAsStrings));
        services.AddFleetHubPush();
        return services;
    }

    public static WebApplication UseFleetApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }

    public static IEndpointRouteBuilder MapFleetApi(this IEndpointRouteBuilder endpoints)
    {
        var limits = endpoints.ServiceProvider.GetRequiredService<IOptions<IngestionOptions>>().Value;
        endpoints.MapAuthApi();
        endpoints.MapLocationsApi(limits);
        endpoints.MapOsmAndApi(limits);
        endpoints.MapVehiclesApi();
        endpoints.MapDevicesApi();
        endpoints.MapFilesApi();
        endpoints.MapUsersApi();
        endpoints.MapCompanyApi();
        endpoints.MapAuditLogsApi();
        endpoints.MapCheckItemsApi();
        endpoints.MapInspectionsApi();
        endpoints.MapGeofencesApi();
        endpoints.MapDefectsApi();
        endpoints.MapShiftsApi();
        endpoints.MapTimesheetsApi();
        endpoints.MapNotificationsApi();
        endpoints.MapNotificationSettingsApi();
        endpoints.MapRemindersApi();
        endpoints.MapEventsApi();
        endpoints.MapReportsApi();
        endpoints.MapDashboardStatsApi();
        endpoints.MapHub<FleetHub>(FleetHub.Path, options =>
        {
            options.ApplicationMaxBufferSize = 64 * 1024;
            options.TransportMaxBufferSize = 1024 * 1024;
            options.Transports = HttpTransportType.WebSockets | HttpTransportType.ServerSentEvents | HttpTransportType.LongPolling;
        });
        return endpoints;
    }
}
