using System.Globalization;
using Npgsql;
using TitanFleet.Grains.Company;
using TitanFleet.Grains.Rollups;
using TitanFleet.Silo.Database;

namespace TitanFleet.Silo.Commands;

/// <summary>
/// <c>rollups rebuild</c>: recomputes the daily rollups of one company (or all) for a range of local
/// days from history, timesheets and events, e.g. after seeding history with COPY. Reads the silo's
/// own configuration, migrates the database, and runs without starting the silo; live silos may keep
/// ingesting meanwhile (each vehicle is rebuilt under the history writer's lock).
/// Exit codes: 0 rebuilt, 1 refused input, 2 usage.
/// </summary>
public static class RollupsRebuildCommand
{
    private const string Usage = """
        Usage: dotnet TitanFleet.Silo.dll rollups rebuild --from 2026-10-01 --to 2026-10-31 [--company <company id>]
        """;

    private static readonly HashSet<string> Valued = ["--from", "--to", "--company"];

    public static bool Matches(string[] args) => args is ["rollups", ..];

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (args is not ["rollups", "rebuild", .. var rest])
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }
        if (!CommandLine.TryParse(rest, Valued, new HashSet<string>(), out var line, out var problem))
        {
            await error.WriteLineAsync($"{problem}{Environment.NewLine}{Usage}");
            return 2;
        }
        if (!TryDay(line.Value("--from"), out var from) || !TryDay(line.Value("--to"), out var to))
        {
            await error.WriteLineAsync("--from, --to: both are needed, as yyyy-MM-dd.");
            return 1;
        }
        if (to < from || to.DayNumber - from.DayNumber > 3660)
        {
            await error.WriteLineAsync("--to: must be on or after --from and at most ten years later.");
            return 1;
        }
        Guid? company = null;
        if (line.Value("--company") is { } text)
        {
            if (!Guid.TryParse(text, out var id))
            {
                await error.WriteLineAsync("--company: must be a company id (a UUID).");
                return 1;
            }
            company = id;
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        var configuration = builder.Configuration;
        using var loggers = LoggerFactory.Create(logging => logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace));
        await DatabaseMigrator.MigrateAsync(PostgresConnectionString.BuildForMigrations(configuration), loggers.CreateLogger("TitanFleet.Startup"));

        await using var dataSource = NpgsqlDataSource.Create(PostgresConnectionString.Build(configuration));
        var options = configuration.GetSection(RollupOptions.Section).Get<RollupOptions>() ?? new RollupOptions();
        if (new RollupOptionsValidator().Validate(null, options) is { Failed: true } invalid)
        {
            await error.WriteLineAsync(invalid.FailureMessage);
            return 1;
        }
        var rebuild = new RollupRebuild(dataSource, new CompanyTimeZoneCache(dataSource, loggers.CreateLogger<CompanyTimeZoneCache>()),
            Microsoft.Extensions.Options.Options.Create(options), loggers.CreateLogger<RollupRebuild>());
        var result = await rebuild.RebuildAsync(company, from, to, CancellationToken.None);
        await output.WriteLineAsync($"companies: {result.Companies}");
        await output.WriteLineAsync($"vehicle_days: {result.VehicleDays}");
        await output.WriteLineAsync($"driver_days: {result.DriverDays}");
        return 0;
    }

    private static bool TryDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
