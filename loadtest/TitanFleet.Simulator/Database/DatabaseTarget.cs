using Npgsql;
using TitanFleet.Simulator.Cli;

namespace TitanFleet.Simulator.Database;

/// <summary>The PostgreSQL the silo uses, given as a connection string; like --url it must be on this machine.</summary>
public static class DatabaseTarget
{
    public const string DemoCompanyId = "7f3c2a10-0d5e-4b7a-9a61-2f4b8c1d0001";

    public static NpgsqlDataSource From(SimulatorArgs args)
    {
        var builder = new NpgsqlConnectionStringBuilder(args.Text("db", "Host=127.0.0.1;Port=55432;Username=postgres;Database=tf_load"));
        if (builder.Host is not ("127.0.0.1" or "localhost" or "::1"))
            throw new ArgumentException($"--db must name a PostgreSQL on this machine (Host=127.0.0.1), not '{builder.Host}'.");
        builder.MaxPoolSize = Math.Max(builder.MaxPoolSize, 16);
        return NpgsqlDataSource.Create(builder);
    }
}
