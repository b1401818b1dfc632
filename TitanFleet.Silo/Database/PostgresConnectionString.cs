using Npgsql;

namespace TitanFleet.Silo.Database;

public static class PostgresConnectionString
{
    public const string Name = "Postgres";

    /// <summary>The configured connection string with the pool settings applied; Orleans' providers and our data source both use it.</summary>
    public static string Build(IConfiguration configuration)
    {
        var raw = configuration.GetConnectionString(Name);
        if (string.IsNullOrWhiteSpace(raw))
            throw new InvalidOperationException($"ConnectionStrings:{Name} is not set (environment variable ConnectionStrings__{Name}).");
        var pool = configuration.GetSection(PostgresOptions.Section).Get<PostgresOptions>() ?? new PostgresOptions();
        var builder = new NpgsqlConnectionStringBuilder(raw)
        {
            MaxPoolSize = pool.MaxPoolSize,
            MinPoolSize = pool.MinPoolSize,
            ConnectionIdleLifetime = pool.ConnectionIdleLifetimeSeconds,
            Timeout = pool.ConnectTimeoutSeconds,
        };
        return builder.ConnectionString;
    }
}
