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
    /// Start-up settings of every runtime session. JIT is off because the planner misestimates set-returning
    /// functions (a <c>generate_series</c> of dates is costed at 1,000 rows) and pushes short report statements
    /// past the JIT thresholds: at 50 M history rows it spent 1.3 s of a 1.9 s report compiling (BENCHMARKS.md).
    /// It is set here, not with ALTER ROLE: sessions log in as the operator's login and only then take
    /// <see cref="ApplicationRole"/>, and a role's settings apply to its own logins only.
    /// </summary>
    public static readonly string SessionOptions = $"-c role={ApplicationRole} -c jit=off";

    /// <summary>
    /// The runtime connection string (Orleans' providers and our data source) with the pool settings
    /// applied. Every session starts as <see cref="ApplicationRole"/>, whatever login the operator
    /// configured, so the application's grants are the role's and not the owner's, and with JIT off
    /// (<see cref="SessionOptions"/>); pooled connections keep both because a reset returns to the
    /// session's start-up settings.
    /// </summary>
    public static string Build(IConfiguration configuration)
    {
        var builder = Pooled(configuration, Name);
        builder.Options = string.IsNullOrEmpty(builder.Options) ? SessionOptions : $"{builder.Options} {SessionOptions}";
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
