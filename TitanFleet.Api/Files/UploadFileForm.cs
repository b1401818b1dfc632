using System.Globalization;

namespace TitanFleet.Api.Files;

/// <summary>
/// The upload's multipart form: one <c>file</c> part, the owner record (<c>entityType</c>,
/// <c>entityId</c>) and an optional <c>expiresAt</c> (ISO 8601, in the future).
/// </summary>
public sealed record UploadFileForm(IFormFile? File, int FileCount, string? EntityType, string? EntityId, string? ExpiresAt)
{
    public static UploadFileForm From(IFormCollection form) => new(
        File: form.Files.GetFile("file"),
        FileCount: form.Files.Count,
        EntityType: form["entityType"].Count == 1 ? form["entityType"][0] : null,
        EntityId: form["entityId"].Count == 1 ? form["entityId"][0] : null,
        ExpiresAt: form["expiresAt"].Count == 1 ? form["expiresAt"][0] : null);

    public Guid OwnerId => Guid.Parse(EntityId!);

    public DateTimeOffset? Expiry => ExpiresAt is null ? null : DateTimeOffset.Parse(ExpiresAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
