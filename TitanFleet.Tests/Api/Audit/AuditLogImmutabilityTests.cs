using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Api.Audit;

/// <summary>
/// PostgreSQL itself refuses to alter the audit log: with the application's own connection (the
/// running silo's data source) for lack of grants, and even with the owner's, by trigger; on the
/// partitioned parent and on each monthly partition named directly.
/// </summary>
[Collection(InProcessSiloCollection.Name)]
public sealed class AuditLogImmutabilityTests(InProcessSiloFixture silo)
{
    /// <summary>Each alteration, with {0} the table it names: the parent, or the partition holding the newest entry.</summary>
    public static TheoryData<string, bool> Alterations => new()
    {
        { "UPDATE {0} SET action = 'update'", false },
        { "DELETE FROM {0}", false },
        { "TRUNCATE {0}", false },
        { "UPDATE {0} SET action = 'update'", true },
        { "DELETE FROM {0}", true },
        { "TRUNCATE {0}", true },
    };

    [Theory]
    [MemberData(nameof(Alterations))]
    public async Task Alter_WithApplicationConnection_PermissionDenied(string sql, bool partition)
    {
        var entries = await SeedEntryAsync();
        var table = partition ? await NewestPartitionAsync() : "audit_log";
        var dataSource = silo.Services.GetRequiredService<NpgsqlDataSource>();

        await using var command = dataSource.CreateCommand(string.Format(CultureInfo.InvariantCulture, sql, table));
        var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        Assert.Equal($"permission denied for table {table}", refused.MessageText);
        Assert.Equal(entries, await CountAsync(silo.ConnectionString));
    }

    [Theory]
    [MemberData(nameof(Alterations))]
    public async Task Alter_WithOwnerConnection_RefusedByTrigger(string sql, bool partition)
    {
        var entries = await SeedEntryAsync();
        var table = partition ? await NewestPartitionAsync() : "audit_log";
        await using var connection = new NpgsqlConnection(silo.ConnectionString);
        await connection.OpenAsync();

        await using var command = new NpgsqlCommand(string.Format(CultureInfo.InvariantCulture, sql, table), connection);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.Contains("append-only", refused.MessageText);
        Assert.Equal(entries, await CountAsync(silo.ConnectionString));
    }

    [Fact]
    public async Task Insert_WithApplicationConnection_Allowed()
    {
        var before = await CountAsync(silo.ConnectionString);

        await SeedEntryAsync();

        Assert.Equal(before + 1, await CountAsync(silo.ConnectionString));
    }

    /// <summary>An entry written the way the application writes them, through its own data source.</summary>
    private async Task<long> SeedEntryAsync()
    {
        var dataSource = silo.Services.GetRequiredService<NpgsqlDataSource>();
        await using var insert = dataSource.CreateCommand("""
            INSERT INTO audit_log (company_id, action, entity_type, entity_id, changes)
            SELECT id, 'create', 'vehicle', gen_random_uuid(), '{}' FROM companies LIMIT 1
            """);
        Assert.Equal(1, await insert.ExecuteNonQueryAsync());
        return await CountAsync(silo.ConnectionString);
    }

    private async Task<string> NewestPartitionAsync()
    {
        await using var connection = new NpgsqlConnection(silo.ConnectionString);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand("SELECT tableoid::regclass::text FROM audit_log ORDER BY id DESC LIMIT 1", connection);
        var partition = (string)(await query.ExecuteScalarAsync())!;
        Assert.StartsWith("audit_log_", partition);
        return partition;
    }

    private static async Task<long> CountAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM audit_log", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
