using FluentValidation;
using TitanFleet.Api.Validation;

namespace TitanFleet.Api.Reports;

public sealed class VehicleReportQueryValidator : AbstractValidator<VehicleReportQuery>
{
    public VehicleReportQueryValidator()
    {
        Include(new ReportQueryRules());
        RuleFor(q => q.Depot).PlainText(100);
    }
}
