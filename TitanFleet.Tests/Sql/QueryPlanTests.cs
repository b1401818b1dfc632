using System.Text.Json;
using Npgsql;
using TitanFleet.Grains.Storage;
using TitanFleet.Tests.Fixtures;
using Xunit.Abstractions;

namespace TitanFleet.Tests.Sql;

/// <summary>
/// Every declared query, EXPLAINed against <see cref="QueryPlanDatabase"/>, reads large tables through
/// an index. Each query is planned with all parameters bound and, when it has optional filters
/// (<c>@x::type IS NULL</c>), again with those null, the unfiltered list being where a scan hides.
/// Writes are explained (never run) inside a transaction that is rolled back. No planner switch is
/// turned off. COPY and COMMIT cannot be explained; the one only loads rows, the other reads none.
/// </summary>
[Collection(QueryPlanCollection.Name)]
public sealed class QueryPlanTests(QueryPlanDatabase database, ITestOutputHelper output)
{
    /// <summary>A table (or partition) this small may be scanned: an index would not be cheaper.</summary>
    private const double LargeTableRows = 10_000;

    [Fact]
    public void NamedQueries_Declared_HaveUniqueNames()
    {
        var duplicates = NamedQueryCatalog.All.GroupBy(query => query.Name).Where(group => group.Count() > 1).Select(group => group.Key);

        Assert.Empty(duplicates);
        Assert.True(NamedQueryCatalog.All.Count > 100, $"only {NamedQueryCatalog.All.Count} declared queries found: is discovery looking at every assembly?");
    }

    [Fact]
    public async Task Explain_EveryNamedQuery_ScansNoLargeTable()
    {
        output.WriteLine($"Migrated and seeded in {database.SeedTime.TotalSeconds:F1} s");
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        var sizes = await TableSizesAsync(connection);
        var failures = new List<string>();
        var explained = 0;
        foreach (var query in NamedQueryCatalog.All.Where(query => !query.Sql.TrimStart().StartsWith("COPY", StringComparison.OrdinalIgnoreCase) && query != TransactionQueries.Commit))
        {
            var shapes = QueryPlanParameters.OptionalIn(query).Count > 0 ? new[] { false, true } : [false];
            foreach (var optionalAsNull in shapes)
            {
                await using var transaction = await connection.BeginTransactionAsync();
                await using var explain = new NpgsqlCommand($"EXPLAIN (FORMAT JSON) {query.Sql}", connection, transaction);
                if (QueryPlanParameters.Bind(query, explain, optionalAsNull) is { } unbound)
                {
                    failures.Add(unbound);
                    break;
                }
                string plan;
                try
                {
                    plan = (string)(await explain.ExecuteScalarAsync())!;
                }
                catch (PostgresException exception)
                {
                    failures.Add($"{query.Name}: cannot be explained ({exception.MessageText})");
                    break;
                }
                finally
                {
                    await transaction.RollbackAsync();
                }
                explained++;
                foreach (var (table, rows) in SequentialScans(JsonDocument.Parse(plan).RootElement, sizes).Where(scan => scan.Rows > LargeTableRows))
                    failures.Add($"{query.Name}{(optionalAsNull ? " (optional filters null)" : "")}: Seq Scan on {table} ({rows:N0} rows)");
            }
        }

        output.WriteLine($"Explained {explained} plans of {NamedQueryCatalog.All.Count} declared queries");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task Seed_Applied_HoldsTheVolumeTheIssueAsksFor()
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();

        Assert.True(await CountAsync(connection, "location_history") >= 1_000_000);
        Assert.True(await CountAsync(connection, "inspections") >= 100_000);
        Assert.True(await CountAsync(connection, "defects") >= 100_000);
        Assert.True(await CountAsync(connection, "companies") >= 200);
    }

    private static IEnumerable<(string Table, double Rows)> SequentialScans(JsonElement node, IReadOnlyDictionary<string, double> sizes)
    {
        switch (node.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in node.EnumerateArray())
                    foreach (var scan in SequentialScans(item, sizes)) yield return scan;
                break;
            case JsonValueKind.Object:
                if (node.TryGetProperty("Node Type", out var type) && type.GetString() == "Seq Scan")
                {
                    var table = node.GetProperty("Relation Name").GetString()!;
                    yield return (table, sizes.GetValueOrDefault(table));
                }
                foreach (var property in node.EnumerateObject())
                    foreach (var scan in SequentialScans(property.Value, sizes)) yield return scan;
                break;
        }
    }

    private static async Task<Dictionary<string, double>> TableSizesAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand(
            "SELECT relname::text, greatest(reltuples, 0)::float8 FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace", connection);
        var sizes = new Dictionary<string, double>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) sizes[reader.GetString(0)] = reader.GetDouble(1);
        return sizes;
    }

    private static async Task<long> CountAsync(NpgsqlConnection connection, string table)
    {
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
