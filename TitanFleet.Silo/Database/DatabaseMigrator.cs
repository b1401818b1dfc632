using DbUp;
using Npgsql;

namespace TitanFleet.Silo.Database;

/// <summary>
/// Applies sql/ (embedded) with DbUp, which records each script so it runs once. Silos starting
/// together serialise on a PostgreSQL advisory lock, so only one applies a given script.
/// </summary>
public static partial class DatabaseMigrator
{
    private const long MigrationLockKey = 0x7469_7461_6e66_6c74; // "titanflt"

    /// <summary>
    /// How long a starting silo waits for PostgreSQL. A silo added while the database is busy or
    /// restarting (the fault harness saw one exit with a 2 s connect timeout at load 55) should join
    /// once it answers, not crash; past this the exit tells the orchestrator something is really wrong.
    /// </summary>
    private static readonly TimeSpan StartupPatience = TimeSpan.FromSeconds(60);

    public static async Task MigrateAsync(string connectionString, ILogger logger, CancellationToken cancellationToken = default)
    {
        var giveUpAt = DateTime.UtcNow + StartupPatience;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await MigrateOnceAsync(connectionString, logger, cancellationToken);
                return;
            }
            catch (NpgsqlException exception) when (exception.IsTransient && DateTime.UtcNow < giveUpAt)
            {
                LogWaiting(logger, exception, attempt);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(attempt, 5)), cancellationToken);
            }
        }
    }

    private static async Task MigrateOnceAsync(string connectionString, ILogger logger, CancellationToken cancellationToken)
    {
        await EnsureDatabaseAsync(connectionString, cancellationToken);

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection))
        {
            lockCommand.Parameters.AddWithValue("key", MigrationLockKey);
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }
        try
        {
            var upgrader = DeployChanges.To
                .PostgresqlDatabase(connectionString)
                .WithScriptsEmbeddedInAssembly(typeof(DatabaseMigrator).Assembly, name => name.StartsWith("sql/", StringComparison.Ordinal))
                .WithTransactionPerScript()
                .LogToNowhere()
                .Build();
            var result = upgrader.PerformUpgrade();
            if (!result.Successful)
                throw new InvalidOperationException($"Database migration failed in {result.ErrorScript?.Name}", result.Error);
            foreach (var script in result.Scripts) LogApplied(logger, script.Name);
        }
        finally
        {
            await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
            unlock.Parameters.AddWithValue("key", MigrationLockKey);
            await unlock.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    /// <summary>Creates the target database when the server has none by that name.</summary>
    private static async Task EnsureDatabaseAsync(string connectionString, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var admin = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", target.Database!);
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null) return;
        try
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{target.Database!.Replace("\"", "\"\"")}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException exception) when (exception.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // another silo created it a moment ago
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "PostgreSQL is not reachable at start (attempt {Attempt}); waiting for it before migrating")]
    private static partial void LogWaiting(ILogger logger, Exception exception, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied migration {Script}")]
    private static partial void LogApplied(ILogger logger, string script);
}
