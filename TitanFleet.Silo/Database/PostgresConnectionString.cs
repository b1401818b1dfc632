using Npgsql;

namespace TitanFleet.Silo.Database;

public static class PostgresConnectionString
{
    public const string Name = "Postgres";

    /// <summary>Optional owner connection for migrations; when unset, migrations use <see cref="Name"/>'s login.</summary>
    public const string MigrationsName = "PostgresMigrations";

    /// <summary>The role the silo works as (created by sql/0020): it cannot alter the audit log.</summary>
    public const string ApplicationRole = "titanfleet_app";

    /// <summary>
    /// The runtime connection string (Orleans' providers and our data source) with the pool settings
    /// applied. Every session starts as <see cref="ApplicationRole"/>, whatever login the operator
    /// configured, so the application's grants are the role's and not the owner's; pooled
    /// connections keep it because a reset returns to the session's start-up settings.
    /// </summary>
    public static string Build(IConfiguration configuration)
    {
        var builder = Pooled(configuration, Name);
        builder.Options = string.IsNullOrEmpty(builder.Options) ? $"-c role={ApplicationRole}" : $"{builder.Options} -c role={ApplicationRole}";
        return builder.ConnectionString;
    }

    /// <summary>The owner's connection string, which applies sql/ (creating the application role among others).</summary>
    public static string BuildForMigrations(IConfiguration configuration) =>
        Pooled(configuration, string.IsNullOrWhiteSpace(configuration.GetConnectionString(MigrationsName)) ? Name : MigrationsName).ConnectionString;

    private static NpgsqlConnectionStringBuilder Pooled(IConfiguration configuration, string name)
    {
        var raw = configuration.GetConnectionString(name);
        if (string.IsNullOrWhiteSpace(raw))
            throw new InvalidOperationException($"ConnectionStrings:{name} is not set (environment variable ConnectionStrings__{name}).");
        var pool = configuration.GetSection(PostgresOptions.Section).Get<PostgresOptions>() ?? new PostgresOptions();
        return new NpgsqlConnectionStringBuilder(raw)
        {
            MaxPoolSize = pool.MaxPoolSize,
            MinPoolSize = pool.MinPoolSize,
            ConnectionIdleLifetime = pool.ConnectionIdleLifetimeSeconds,
            Timeout = pool.ConnectTimeoutSeconds,
        };
    }
}
