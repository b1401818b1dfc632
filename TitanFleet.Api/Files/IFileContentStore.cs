using TitanFleet.Grains.Audit;

namespace TitanFleet.Api.Files;

/// <summary>
/// Where a file's bytes live, apart from its metadata. The default keeps them in PostgreSQL so
/// every silo serves every file; an object store can implement this later. Saving takes the
/// metadata's transaction so a store that can join it commits the bytes with the row, or not at all.
/// </summary>
public interface IFileContentStore
{
    Task SaveAsync(AuditedTransaction unit, Guid fileId, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    /// <summary>The file's bytes; null when none are stored.</summary>
    Task<byte[]?> ReadAsync(Guid fileId, CancellationToken cancellationToken);
}
