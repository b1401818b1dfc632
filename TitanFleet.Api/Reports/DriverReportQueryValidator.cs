using FluentValidation;
using TitanFleet.Api.Validation;

namespace TitanFleet.Api.Reports;

public sealed class DriverReportQueryValidator : AbstractValidator<DriverReportQuery>
{
    public DriverReportQueryValidator()
    {
        Include(new ReportQueryRules());
        RuleFor(q => q.Depot).PlainText(100);
    }
}
