using FluentValidation;

namespace TitanFleet.Api.Reports;

public sealed class DriverReportQueryValidator : AbstractValidator<DriverReportQuery>
{
    public DriverReportQueryValidator() => Include(new ReportQueryRules());
}
