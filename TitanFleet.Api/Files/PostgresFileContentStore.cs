using Npgsql;
using NpgsqlTypes;
using TitanFleet.Grains.Audit;

namespace TitanFleet.Api.Files;

/// <summary>File bytes in the file_contents table (sql/0050), written in the metadata's transaction.</summary>
public sealed class PostgresFileContentStore(NpgsqlDataSource dataSource) : IFileContentStore
{
    public async Task SaveAsync(AuditedTransaction unit, Guid fileId, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        await using var insert = unit.Command("INSERT INTO file_contents (file_id, content) VALUES (@id, @content)");
        insert.Parameters.AddWithValue("id", fileId);
        insert.Parameters.Add(new NpgsqlParameter<ReadOnlyMemory<byte>>("content", NpgsqlDbType.Bytea) { TypedValue = content });
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<byte[]?> ReadAsync(Guid fileId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT content FROM file_contents WHERE file_id = @id");
        command.Parameters.AddWithValue("id", fileId);
        return await command.ExecuteScalarAsync(cancellationToken) as byte[];
    }
}
