using Npgsql;
using TitanFleet.Grains.Audit;
using TitanFleet.Grains.Storage;

namespace TitanFleet.Api.Files;

/// <summary>
/// Reads and writes file metadata. Every query is scoped to the company, so another company's file
/// or owner record answers like a missing one; deleted and expired files are missing too. Every
/// write goes through <see cref="AuditedTransaction"/>, and an upload's bytes commit with its row.
/// </summary>
public sealed class PostgresFileStore(NpgsqlDataSource dataSource, IFileContentStore contents)
{
    public const string EntityType = "file";

    // One declared query per owner type's table: no table name is spliced into SQL at run time.
    private static readonly Dictionary<string, (NamedQuery Lock, NamedQuery Exists)> OwnerQueries = new(StringComparer.Ordinal)
    {
        [FileOwnerTypes.Vehicle] = (FileQueries.LockVehicleOwner, FileQueries.VehicleOwnerExists),
        [FileOwnerTypes.Defect] = (FileQueries.LockDefectOwner, FileQueries.DefectOwnerExists),
    };

    public async Task<FileWriteResult> CreateAsync(AuditActor actor, StoredFile file, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        await using var unit = await AuditedTransaction.BeginAsync(dataSource, actor, cancellationToken);
        await using var owner = unit.Command(OwnerQueries[file.EntityType].Lock);
        owner.Parameters.AddWithValue("id", file.EntityId);
        owner.Parameters.AddWithValue("company", actor.CompanyId);
        if (await owner.ExecuteScalarAsync(cancellationToken) is null) return new FileWriteResult(FileWriteStatus.NotFound);

        await using var insert = unit.Command(FileQueries.Insert);
        insert.Parameters.AddWithValue("id", file.Id);
        insert.Parameters.AddWithValue("company", actor.CompanyId);
        insert.Parameters.AddWithValue("entityType", file.EntityType);
        insert.Parameters.AddWithValue("entityId", file.EntityId);
        insert.Parameters.AddWithValue("fileName", file.FileName);
        insert.Parameters.AddWithValue("contentType", file.ContentType);
        insert.Parameters.AddWithValue("size", file.SizeBytes);
        insert.Parameters.AddWithValue("sha256", file.Sha256);
        insert.Parameters.AddWithValue("uploadedBy", file.UploadedBy);
        insert.Parameters.Add(new NpgsqlParameter<DateTimeOffset?>("expiresAt", file.ExpiresAt));
        var created = (await ReadAllAsync(insert, cancellationToken))[0];
        await contents.SaveAsync(unit, created.Id, content, cancellationToken);

        unit.Record(AuditActions.Create, EntityType, created.Id, AuditChanges.Between(null, created.AuditFields()));
        await unit.CommitAsync(cancellationToken);
        return new FileWriteResult(FileWriteStatus.Written, created);
    }

    public async Task<StoredFile?> FindAsync(Guid companyId, Guid fileId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(FileQueries.Find);
        command.Parameters.AddWithValue("id", fileId);
        command.Parameters.AddWithValue("company", companyId);
        return (await ReadAllAsync(command, cancellationToken)).SingleOrDefault();
    }

    /// <summary>The owner's live files, oldest first; null when the company has no such owner record.</summary>
    public async Task<(IReadOnlyList<StoredFile> Items, FileCursor? Next)?> ListAsync(
        Guid companyId, string entityType, Guid entityId, FileCursor? after, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(FileQueries.List);
        command.Parameters.AddWithValue("company", companyId);
        command.Parameters.AddWithValue("entityType", entityType);
        command.Parameters.AddWithValue("entityId", entityId);
        command.Parameters.Add(new NpgsqlParameter<Guid?>("afterId", after?.Id));
        command.Parameters.Add(new NpgsqlParameter<DateTime>("afterCreated", new DateTime(after?.CreatedTicks ?? DateTime.UnixEpoch.Ticks, DateTimeKind.Utc)));
        command.Parameters.AddWithValue("limit", limit + 1);
        var rows = await ReadAllAsync(command, cancellationToken);
        if (rows.Count == 0 && !await OwnerExistsAsync(companyId, entityType, entityId, cancellationToken)) return null;
        if (rows.Count <= limit) return (rows, null);
        rows.RemoveAt(rows.Count - 1);
        return (rows, new FileCursor(rows[^1].CreatedAt.UtcTicks, rows[^1].Id));
    }

    /// <summary>The soft delete: the file is hidden from now on; its row and bytes stay for the audit trail. Deleting twice changes nothing.</summary>
    public async Task<FileWriteResult> DeleteAsync(AuditActor actor, Guid fileId, bool mayDeleteAny, CancellationToken cancellationToken)
    {
        await using var unit = await AuditedTransaction.BeginAsync(dataSource, actor, cancellationToken);
        await using var select = unit.Command(FileQueries.LockForDelete);
        select.Parameters.AddWithValue("id", fileId);
        select.Parameters.AddWithValue("company", actor.CompanyId);
        var current = (await ReadAllAsync(select, cancellationToken)).SingleOrDefault();
        if (current is null) return new FileWriteResult(FileWriteStatus.NotFound);
        if (!mayDeleteAny && current.UploadedBy != actor.UserId) return new FileWriteResult(FileWriteStatus.Forbidden);
        if (current.DeletedAt is not null) return new FileWriteResult(FileWriteStatus.Unchanged, current);

        await using var update = unit.Command(FileQueries.Delete);
        update.Parameters.AddWithValue("id", fileId);
        var deleted = (await ReadAllAsync(update, cancellationToken))[0];
        unit.Record(AuditActions.Delete, EntityType, fileId, AuditChanges.Between(current.AuditFields(), deleted.AuditFields()));
        await unit.CommitAsync(cancellationToken);
        return new FileWriteResult(FileWriteStatus.Written, deleted);
    }

    private async Task<bool> OwnerExistsAsync(Guid companyId, string entityType, Guid entityId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(OwnerQueries[entityType].Exists);
        command.Parameters.AddWithValue("id", entityId);
        command.Parameters.AddWithValue("company", companyId);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task<List<StoredFile>> ReadAllAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<StoredFile>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new StoredFile(
                Id: reader.GetGuid(0),
                EntityType: reader.GetString(1),
                EntityId: reader.GetGuid(2),
                FileName: reader.GetString(3),
                ContentType: reader.GetString(4),
                SizeBytes: reader.GetInt64(5),
                Sha256: (byte[])reader[6],
                UploadedBy: reader.GetGuid(7),
                CreatedAt: reader.GetFieldValue<DateTimeOffset>(8),
                ExpiresAt: reader.IsDBNull(9) ? null : reader.GetFieldValue<DateTimeOffset>(9),
                DeletedAt: reader.IsDBNull(10) ? null : reader.GetFieldValue<DateTimeOffset>(10)));
        }
        return rows;
    }
}
