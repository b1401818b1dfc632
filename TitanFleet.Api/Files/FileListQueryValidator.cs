using FluentValidation;
using TitanFleet.Api.Paging;

namespace TitanFleet.Api.Files;

public sealed class FileListQueryValidator : AbstractValidator<FileListQuery>
{
    public FileListQueryValidator()
    {
        RuleFor(q => q.EntityType).NotEmpty().Must(type => FileOwnerTypes.Supported.Contains(type))
            .WithMessage($"'entityType' must be one of: {string.Join(", ", FileOwnerTypes.Supported)}.");
        RuleFor(q => q.EntityId).NotEmpty();
        this.PageRules<FileListQuery, FileCursor>();
    }
}
