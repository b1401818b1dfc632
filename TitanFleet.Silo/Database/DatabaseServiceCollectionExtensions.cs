using Microsoft.Extensions.Options;

namespace TitanFleet.Silo.Database;

public static class DatabaseServiceCollectionExtensions
{
    public static WebApplicationBuilder AddFleetDatabase(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PostgresOptions>().BindConfiguration(PostgresOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<PostgresOptions>, PostgresOptionsValidator>();
        builder.Services.AddPartitionRetention();
        builder.Services.AddHostedService<PartitionMaintenance>();
        return builder;
    }

    /// <summary>One retention setting per partitioned table, each bound from its own section.</summary>
    public static IServiceCollection AddPartitionRetention(this IServiceCollection services)
    {
        foreach (var table in PartitionedTable.All)
        {
            services.AddOptions<RetentionOptions>(table.Name)
                .Configure(options => options.RetentionMonths = table.DefaultRetentionMonths)
                .BindConfiguration(table.Section)
                .ValidateOnStart();
        }
        services.AddSingleton<IValidateOptions<RetentionOptions>, RetentionOptionsValidator>();
        return services;
    }
}
