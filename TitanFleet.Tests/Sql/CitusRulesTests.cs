using Npgsql;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Sql;

/// <summary>
/// DATABASE_OPTIMIZATION.md ("Past one server") names a Citus distribution column for history and the rollups and
/// says the schema already allows it. Citus enforces a primary key or unique constraint on a distributed table only
/// when it contains the distribution column, and these tables are to reference nothing (a foreign key to a table
/// that is neither colocated nor a reference table is refused). A later migration that breaks either fails here.
/// </summary>
[Collection(QueryPlanCollection.Name)]
public sealed class CitusRulesTests(QueryPlanDatabase database)
{
    public static TheoryData<string, string> Distributed => new()
    {
        { "location_history", "vehicle_id" },
        { "vehicle_daily_rollups", "company_id" },
        { "driver_daily_rollups", "company_id" },
    };

    [Theory]
    [MemberData(nameof(Distributed))]
    public async Task Schema_DistributedTable_EveryUniqueIndexHoldsTheDistributionColumnAndNoForeignKey(string table, string column)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT i.relname::text, bool_or(a.attname = @column)
            FROM pg_index x
            JOIN pg_class i ON i.oid = x.indexrelid
            JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = ANY (x.indkey)
            WHERE x.indrelid = @table::regclass AND x.indisunique
            GROUP BY i.relname;
            SELECT count(*) FROM pg_constraint WHERE conrelid = @table::regclass AND contype IN ('f', 'x');
            """, connection);
        command.Parameters.AddWithValue("table", table);
        command.Parameters.AddWithValue("column", column);
        var unique = new Dictionary<string, bool>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) unique[reader.GetString(0)] = reader.GetBoolean(1);
        await reader.NextResultAsync();
        await reader.ReadAsync();
        var foreignOrExclusion = reader.GetInt64(0);

        Assert.NotEmpty(unique);
        Assert.Empty(unique.Where(index => !index.Value).Select(index => index.Key));
        Assert.Equal(0, foreignOrExclusion);
    }
}
