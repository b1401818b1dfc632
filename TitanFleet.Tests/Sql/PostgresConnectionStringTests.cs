using Microsoft.Extensions.Configuration;
using Npgsql;
using TitanFleet.Silo.Database;

namespace TitanFleet.Tests.Sql;

public sealed class PostgresConnectionStringTests
{
    [Fact]
    public void Build_AnyLogin_SessionsStartAsApplicationRoleKeepingOtherOptions()
    {
        var configuration = Configuration(("ConnectionStrings:Postgres", "Host=db;Username=owner;Options=-c statement_timeout=5000"));

        var runtime = new NpgsqlConnectionStringBuilder(PostgresConnectionString.Build(configuration));

        Assert.Equal("-c statement_timeout=5000 -c role=titanfleet_app -c jit=off", runtime.Options);
        Assert.Equal("owner", runtime.Username);
    }

    [Fact]
    public void BuildForMigrations_NoMigrationsConnection_OwnerLoginWithoutRole()
    {
        var configuration = Configuration(("ConnectionStrings:Postgres", "Host=db;Username=owner"));

        var migrations = new NpgsqlConnectionStringBuilder(PostgresConnectionString.BuildForMigrations(configuration));

        Assert.Null(migrations.Options);
        Assert.Equal("owner", migrations.Username);
    }

    [Fact]
    public void BuildForMigrations_MigrationsConnectionSet_UsesIt()
    {
        var configuration = Configuration(("ConnectionStrings:Postgres", "Host=db;Username=fleet_runtime"), ("ConnectionStrings:PostgresMigrations", "Host=db;Username=owner"));

        Assert.Equal("owner", new NpgsqlConnectionStringBuilder(PostgresConnectionString.BuildForMigrations(configuration)).Username);
        Assert.Equal("fleet_runtime", new NpgsqlConnectionStringBuilder(PostgresConnectionString.Build(configuration)).Username);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
