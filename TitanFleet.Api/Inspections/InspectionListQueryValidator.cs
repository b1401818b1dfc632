using FluentValidation;
using TitanFleet.Api.Paging;
using TitanFleet.Grains.Checks;

namespace TitanFleet.Api.Inspections;

public sealed class InspectionListQueryValidator : AbstractValidator<InspectionListQuery>
{
    public InspectionListQueryValidator()
    {
        RuleFor(q => q.To).GreaterThan(q => q.From).When(q => q.From is not null && q.To is not null).WithMessage("'to' must be after 'from'.");
        this.PageRules<InspectionListQuery, InspectionCursor>();
    }
}
