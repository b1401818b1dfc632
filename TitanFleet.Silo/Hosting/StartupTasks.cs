using Microsoft.Extensions.Options;
using Npgsql;
using TitanFleet.Silo.Database;
using TitanFleet.Silo.Demo;

namespace TitanFleet.Silo.Hosting;

public static class StartupTasks
{
    /// <summary>Schema first (Orleans' membership tables must exist before the silo starts), then the optional demo seed.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("TitanFleet.Startup");
        await DatabaseMigrator.MigrateAsync(PostgresConnectionString.BuildForMigrations(app.Configuration), logger);
        var demo = app.Configuration.GetSection(DemoOptions.Section).Get<DemoOptions>() ?? new DemoOptions();
        if (demo.Seed) await DemoSeeder.SeedAsync(app.Services.GetRequiredService<NpgsqlDataSource>(), demo, logger);
    }
}
