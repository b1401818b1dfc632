using Microsoft.Extensions.Options;

namespace TitanFleet.Silo.Operations;

public static class OpsAccessExtensions
{
    public static IServiceCollection AddFleetOpsAccess(this IServiceCollection services)
    {
        services.AddOptions<OpsAccessOptions>().BindConfiguration(OpsAccessOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OpsAccessOptions>, OpsAccessOptionsValidator>();
        services.AddSingleton<OpsAccess>();
        return services;
    }

    /// <summary>For a branched pipeline (the metrics scrape): 404 to anyone not allowed, as if it did not exist.</summary>
    public static IApplicationBuilder UseOpsAccessOnly(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (context.RequestServices.GetRequiredService<OpsAccess>().IsAllowed(context)) return next(context);
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
}
