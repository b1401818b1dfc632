using TitanFleet.Grains.Storage;

namespace TitanFleet.Api.Files;

internal static class FileQueries
{
    private const string Columns = "id, entity_type, entity_id, file_name, content_type, size_bytes, sha256, uploaded_by, created_at, expires_at, deleted_at";
    private const string Live = "deleted_at IS NULL AND (expires_at IS NULL OR expires_at > now())";

    // FOR SHARE: the owner cannot vanish between this check and the insert.
    public static readonly NamedQuery LockVehicleOwner = new("files.lock-vehicle-owner", "SELECT 1 FROM vehicles WHERE id = @id AND company_id = @company FOR SHARE");

    public static readonly NamedQuery LockDefectOwner = new("files.lock-defect-owner", "SELECT 1 FROM defects WHERE id = @id AND company_id = @company FOR SHARE");

    public static readonly NamedQuery VehicleOwnerExists = new("files.vehicle-owner-exists", "SELECT EXISTS (SELECT 1 FROM vehicles WHERE id = @id AND company_id = @company)");

    public static readonly NamedQuery DefectOwnerExists = new("files.defect-owner-exists", "SELECT EXISTS (SELECT 1 FROM defects WHERE id = @id AND company_id = @company)");

    public static readonly NamedQuery Insert = new("files.insert", $"""
        INSERT INTO files (id, company_id, entity_type, entity_id, file_name, content_type, size_bytes, sha256, uploaded_by, expires_at)
        VALUES (@id, @company, @entityType, @entityId, @fileName, @contentType, @size, @sha256, @uploadedBy, @expiresAt)
        RETURNING {Columns}
        """);

    public static readonly NamedQuery Find = new("files.find", $"SELECT {Columns} FROM files WHERE id = @id AND company_id = @company AND {Live}");

    public static readonly NamedQuery List = new("files.list", $"""
        SELECT {Columns} FROM files
        WHERE company_id = @company AND entity_type = @entityType AND entity_id = @entityId AND {Live}
          AND (@afterId::uuid IS NULL OR (created_at, id) > (@afterCreated, @afterId))
        ORDER BY created_at, id
        LIMIT @limit
        """);

    public static readonly NamedQuery LockForDelete = new("files.lock-for-delete",
        $"SELECT {Columns} FROM files WHERE id = @id AND company_id = @company AND (expires_at IS NULL OR expires_at > now()) FOR UPDATE");

    public static readonly NamedQuery Delete = new("files.delete", $"UPDATE files SET deleted_at = now() WHERE id = @id RETURNING {Columns}");

    public static readonly NamedQuery InsertContent = new("files.insert-content", "INSERT INTO file_contents (file_id, content) VALUES (@id, @content)");

    public static readonly NamedQuery ReadContent = new("files.read-content", "SELECT content FROM file_contents WHERE file_id = @id");
}
