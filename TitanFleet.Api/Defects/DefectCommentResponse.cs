using TitanFleet.Grains.Defects;

namespace TitanFleet.Api.Defects;

public sealed record DefectCommentResponse(Guid Id, Guid AuthorId, string AuthorName, string Body, DateTimeOffset CreatedAt)
{
    public static DefectCommentResponse From(DefectComment comment) =>
        new(Id: comment.Id, AuthorId: comment.AuthorId, AuthorName: comment.AuthorName, Body: comment.Body, CreatedAt: comment.CreatedAt);
}
