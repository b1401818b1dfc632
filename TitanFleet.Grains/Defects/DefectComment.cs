namespace TitanFleet.Grains.Defects;

/// <summary>A timestamped, append-only note on a defect.</summary>
public sealed record DefectComment(Guid Id, Guid DefectId, Guid AuthorId, string AuthorName, string Body, DateTimeOffset CreatedAt)
{
    public IReadOnlyDictionary<string, object?> AuditFields() => new Dictionary<string, object?>
    {
        ["defectId"] = DefectId,
        ["authorId"] = AuthorId,
        ["body"] = Body,
    };
}
