namespace TitanFleet.Silo.Database;

public static class DatabaseServiceCollectionExtensions
{
    public static WebApplicationBuilder AddFleetDatabase(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PostgresOptions>().BindConfiguration(PostgresOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<PostgresOptions>, PostgresOptionsValidator>();
        builder.Services.AddOptions<HistoryRetentionOptions>().BindConfiguration(HistoryRetentionOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<HistoryRetentionOptions>, HistoryRetentionOptionsValidator>();
        builder.Services.AddOptions<EventRetentionOptions>().BindConfiguration(EventRetentionOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<EventRetentionOptions>, EventRetentionOptionsValidator>();
        builder.Services.AddHostedService<PartitionMaintenance>();
        return builder;
    }
}
