using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Api.Audit;

/// <summary>
/// PostgreSQL itself refuses to alter the audit log: with the application's own connection (the
/// running silo's data source) for lack of grants, and even with the owner's, by trigger.
/// </summary>
[Collection(InProcessSiloCollection.Name)]
public sealed class AuditLogImmutabilityTests(InProcessSiloFixture silo)
{
    public static TheoryData<string> Alterations => new()
    {
        "UPDATE audit_log SET action = 'update'",
        "DELETE FROM audit_log",
        "TRUNCATE audit_log",
    };

    [Theory]
    [MemberData(nameof(Alterations))]
    public async Task Alter_WithApplicationConnection_PermissionDenied(string sql)
    {
        var entries = await SeedEntryAsync();
        var dataSource = silo.Services.GetRequiredService<NpgsqlDataSource>();

        await using var command = dataSource.CreateCommand(sql);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        Assert.Equal("permission denied for table audit_log", refused.MessageText);
        Assert.Equal(entries, await CountAsync(silo.ConnectionString));
    }

    [Theory]
    [MemberData(nameof(Alterations))]
    public async Task Alter_WithOwnerConnection_RefusedByTrigger(string sql)
    {
        var entries = await SeedEntryAsync();
        await using var connection = new NpgsqlConnection(silo.ConnectionString);
        await connection.OpenAsync();

        await using var command = new NpgsqlCommand(sql, connection);
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

    private static async Task<long> CountAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM audit_log", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
