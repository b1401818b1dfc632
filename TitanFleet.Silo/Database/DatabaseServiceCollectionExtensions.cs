using Npgsql;

namespace TitanFleet.Silo.Database;

public static class DatabaseServiceCollectionExtensions
{
    public static WebApplicationBuilder AddFleetDatabase(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PostgresOptions>().BindConfiguration(PostgresOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<PostgresOptions>, PostgresOptionsValidator>();
        var connectionString = PostgresConnectionString.Build(builder.Configuration);
        builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        builder.Services.AddHostedService<PartitionMaintenance>();
        return builder;
    }
}
