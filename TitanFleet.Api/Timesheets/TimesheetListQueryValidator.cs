using FluentValidation;
using TitanFleet.Api.Paging;
using TitanFleet.Grains.Timesheets;

namespace TitanFleet.Api.Timesheets;

public sealed class TimesheetListQueryValidator : AbstractValidator<TimesheetListQuery>
{
    public TimesheetListQueryValidator()
    {
        RuleFor(q => q.To).GreaterThan(q => q.From).When(q => q.From is not null && q.To is not null).WithMessage("'to' must be after 'from'.");
        this.PageRules<TimesheetListQuery, TimesheetCursor>();
    }
}
