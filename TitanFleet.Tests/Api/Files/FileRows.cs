using Npgsql;

namespace TitanFleet.Tests.Api.Files;

/// <summary>What a company has in the file tables and the audit log, read straight from PostgreSQL.</summary>
public static class FileRows
{
    public static async Task<(long Files, long Contents, long Audit)> CountAsync(string connectionString, Guid companyId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT (SELECT count(*) FROM files WHERE company_id = @company),
                   (SELECT count(*) FROM file_contents c JOIN files f ON f.id = c.file_id WHERE f.company_id = @company),
                   (SELECT count(*) FROM audit_log WHERE company_id = @company)
            """, connection);
        command.Parameters.AddWithValue("company", companyId);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }
}
