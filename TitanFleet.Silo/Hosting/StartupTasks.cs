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
        // Through IOptions so a bad Demo setting fails validation here, before anything is seeded.
        var demo = app.Services.GetRequiredService<IOptions<DemoOptions>>().Value;
        if (demo.Seed) await DemoSeeder.SeedAsync(app.Services.GetRequiredService<NpgsqlDataSource>(), demo, logger);
    }
}
