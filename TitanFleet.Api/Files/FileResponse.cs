namespace TitanFleet.Api.Files;

/// <summary>A file's metadata as the API shows it; the bytes are at <c>/api/files/{id}/content</c>.</summary>
public sealed record FileResponse(
    Guid Id,
    string EntityType,
    Guid EntityId,
    string FileName,
    string ContentType,
    long SizeBytes,
    string Sha256,
    Guid UploadedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt)
{
    public static FileResponse From(StoredFile file) => new(
        Id: file.Id, EntityType: file.EntityType, EntityId: file.EntityId, FileName: file.FileName, ContentType: file.ContentType,
        SizeBytes: file.SizeBytes, Sha256: Convert.ToHexStringLower(file.Sha256), UploadedBy: file.UploadedBy,
        CreatedAt: file.CreatedAt, ExpiresAt: file.ExpiresAt);
}
