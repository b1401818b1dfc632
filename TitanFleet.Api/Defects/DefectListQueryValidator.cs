using FluentValidation;
using TitanFleet.Api.Paging;
using TitanFleet.Grains.Defects;

namespace TitanFleet.Api.Defects;

public sealed class DefectListQueryValidator : AbstractValidator<DefectListQuery>
{
    public DefectListQueryValidator()
    {
        RuleFor(q => q.Status).Must(s => DefectStatuses.All.Contains(s)).When(q => q.Status is not null)
            .WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", DefectStatuses.All)}.");
        RuleFor(q => q.Severity).Must(s => DefectSeverities.All.Contains(s)).When(q => q.Severity is not null)
            .WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", DefectSeverities.All)}.");
        RuleFor(q => q.To).GreaterThan(q => q.From).When(q => q.From is not null && q.To is not null).WithMessage("'to' must be after 'from'.");
        this.PageRules<DefectListQuery, DefectCursor>();
    }
}
