using System.Text.RegularExpressions;
using Npgsql;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Sql;

/// <summary>Every index the migrations create is in DATABASE_OPTIMIZATION.md's index map, with the query it serves.</summary>
[Collection(QueryPlanCollection.Name)]
public sealed partial class IndexMapTests(QueryPlanDatabase database)
{
    [Fact]
    public async Task Schema_EveryIndex_IsNamedInTheIndexMap()
    {
        var map = IndexName().Matches(await File.ReadAllTextAsync(RepoRoot.Combine("DATABASE_OPTIMIZATION.md")))
            .Select(match => match.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        // Partitions' own copies of a parent's index carry generated names; the parent's index is the one mapped.
        await using var command = new NpgsqlCommand("""
            SELECT i.relname::text FROM pg_index x
            JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
            WHERE t.relnamespace = 'public'::regnamespace AND NOT t.relispartition AND t.relname <> 'schemaversions'
            """, connection);
        var indexes = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) indexes.Add(reader.GetString(0));
        }

        Assert.NotEmpty(indexes);
        var unmapped = indexes.Except(map).ToList();
        Assert.True(unmapped.Count == 0, $"Indexes missing from DATABASE_OPTIMIZATION.md's index map: {string.Join(", ", unmapped)}");
    }

    [GeneratedRegex(@"`((?:pk|ux|uq|ix)_[a-z0-9_]+)`")]
    private static partial Regex IndexName();
}
