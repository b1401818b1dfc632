using FluentValidation;
using TitanFleet.Api.Validation;

namespace TitanFleet.Api.Reports;

public sealed class UtilisationReportQueryValidator : AbstractValidator<UtilisationReportQuery>
{
    public UtilisationReportQueryValidator()
    {
        Include(new ReportQueryRules());
        RuleFor(q => q.Depot).PlainText(100);
        RuleFor(q => q.GroupBy).Must(groupBy => UtilisationGroupings.All.Contains(groupBy)).When(q => q.GroupBy is not null)
            .WithMessage($"'groupBy' must be one of: {string.Join(", ", UtilisationGroupings.All)}.");
    }
}
