namespace TitanFleet.Silo.Database;

/// <summary>Connection pool settings applied on top of <c>ConnectionStrings:Postgres</c>.</summary>
public sealed class PostgresOptions
{
    public const string Section = "Postgres";

    public int MaxPoolSize { get; set; } = 20;
    public int MinPoolSize { get; set; } = 5;
    public int ConnectionIdleLifetimeSeconds { get; set; } = 30;
    public int ConnectTimeoutSeconds { get; set; } = 2;
}
