using Microsoft.Extensions.Options;
using TitanFleet.Api.OpenApi;
using TitanFleet.Grains.Telemetry;
using TitanFleet.Grains.Vehicles;
using TitanFleet.Silo.Dashboard;
using TitanFleet.Silo.Demo;

namespace TitanFleet.Silo.Options;

/// <summary>
/// Start-up validation for options classes bound elsewhere (grains, API, demo, dashboard): a bad
/// setting stops the silo with a message naming it, instead of hanging or failing on first use.
/// </summary>
public static class FleetOptionsValidation
{
    public static IServiceCollection AddFleetOptionsValidation(this IServiceCollection services)
    {
        services.Validate<GroupCommitOptions, GroupCommitOptionsValidator>();
        services.Validate<VehicleLiveOptions, VehicleLiveOptionsValidator>();
        services.Validate<FleetOpenApiOptions, FleetOpenApiOptionsValidator>();
        // Demo and Dashboard read their sections directly at start-up; bound here so validation sees the configured values.
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section);
        services.Validate<DemoOptions, DemoOptionsValidator>();
        services.AddOptions<DashboardOptions>().BindConfiguration(DashboardOptions.Section);
        services.Validate<DashboardOptions, DashboardOptionsValidator>();
        return services;
    }

    /// <summary>For options their own project binds (binding again would append list items twice).</summary>
    private static void Validate<TOptions, TValidator>(this IServiceCollection services)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddOptions<TOptions>().ValidateOnStart();
        services.AddSingleton<IValidateOptions<TOptions>, TValidator>();
    }
}
