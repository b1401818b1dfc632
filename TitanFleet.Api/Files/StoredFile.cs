namespace TitanFleet.Api.Files;

/// <summary>One file's metadata as the store reads it (never its bytes).</summary>
public sealed record StoredFile(
    Guid Id,
    string EntityType,
    Guid EntityId,
    string FileName,
    string ContentType,
    long SizeBytes,
    byte[] Sha256,
    Guid UploadedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? DeletedAt)
{
    /// <summary>The fields the audit log records: metadata only, never the content.</summary>
    public IReadOnlyDictionary<string, object?> AuditFields() => new Dictionary<string, object?>
    {
        ["entityType"] = EntityType,
        ["entityId"] = EntityId,
        ["fileName"] = FileName,
        ["contentType"] = ContentType,
        ["sizeBytes"] = SizeBytes,
        ["sha256"] = Convert.ToHexStringLower(Sha256),
        ["uploadedBy"] = UploadedBy,
        ["expiresAt"] = ExpiresAt,
        ["deletedAt"] = DeletedAt,
    };
}
