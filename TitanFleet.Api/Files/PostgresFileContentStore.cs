using Npgsql;
using NpgsqlTypes;
using TitanFleet.Grains.Audit;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Api.Files;

/// <summary>File bytes in the file_contents table (sql/0050), written in the metadata's transaction.</summary>
public sealed class PostgresFileContentStore(NpgsqlDataSource dataSource) : IFileContentStore
{
    public async Task SaveAsync(AuditedTransaction unit, Guid fileId, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        await using var insert = unit.Command(FileQueries.InsertContent);
        insert.Parameters.AddWithValue("id", fileId);
        insert.Parameters.Add(new NpgsqlParameter<ReadOnlyMemory<byte>>("content", NpgsqlDbType.Bytea) { TypedValue = content });
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<byte[]?> ReadAsync(Guid fileId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(FileQueries.ReadContent);
        command.Parameters.AddWithValue("id", fileId);
        return await command.ExecuteScalarAsync(cancellationToken) as byte[];
    }
}
