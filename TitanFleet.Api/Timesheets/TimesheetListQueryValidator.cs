using FluentValidation;
using TitanFleet.Api.Paging;
using TitanFleet.Grains.Timesheets;

namespace TitanFleet.Api.Timesheets;

public sealed class TimesheetListQueryValidator : AbstractValidator<TimesheetListQuery>
{
    public TimesheetListQueryValidator()
    {
        RuleFor(q => q.To).GreaterThan(q => q.From).When(q => q.From is not null && q.To is not null).WithMessage("'to' must be after 'from'.");
        RuleFor(q => q.Limit).InclusiveBetween(1, Cursors.MaxLimit).When(q => q.Limit is not null);
        RuleFor(q => q.Cursor).Must(c => Cursors.TryDecode<TimesheetCursor>(c, out _)).When(q => q.Cursor is not null)
            .WithMessage("'{PropertyName}' is not a cursor this list issued.");
    }
}
