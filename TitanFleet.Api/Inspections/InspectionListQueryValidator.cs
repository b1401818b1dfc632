using FluentValidation;
using TitanFleet.Api.Paging;
using TitanFleet.Grains.Checks;

namespace TitanFleet.Api.Inspections;

public sealed class InspectionListQueryValidator : AbstractValidator<InspectionListQuery>
{
    public InspectionListQueryValidator()
    {
        RuleFor(q => q.To).GreaterThan(q => q.From).When(q => q.From is not null && q.To is not null).WithMessage("'to' must be after 'from'.");
        RuleFor(q => q.Limit).InclusiveBetween(1, Cursors.MaxLimit).When(q => q.Limit is not null);
        RuleFor(q => q.Cursor).Must(c => Cursors.TryDecode<InspectionCursor>(c, out _)).When(q => q.Cursor is not null)
            .WithMessage("'{PropertyName}' is not a cursor this list issued.");
    }
}
