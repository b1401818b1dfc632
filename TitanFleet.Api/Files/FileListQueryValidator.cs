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
        RuleFor(q => q.Limit).InclusiveBetween(1, Cursors.MaxLimit).When(q => q.Limit is not null);
        RuleFor(q => q.Cursor).Must(c => Cursors.TryDecode<FileCursor>(c, out _)).When(q => q.Cursor is not null)
            .WithMessage("'{PropertyName}' is not a cursor this list issued.");
    }
}
