using FluentValidation;
using TitanFleet.Grains.Reports;

namespace TitanFleet.Api.Reports;

/// <summary>The rules every report's range and format follow; each report's validator includes them.</summary>
public sealed class ReportQueryRules : AbstractValidator<IReportQuery>
{
    public ReportQueryRules()
    {
        RuleFor(q => q.From).NotNull().WithMessage("'from' is required (a date, yyyy-MM-dd, in the company's time zone).");
        RuleFor(q => q.To).NotNull().WithMessage("'to' is required (a date, yyyy-MM-dd, in the company's time zone).");
        RuleFor(q => q.To).Must((q, to) => to >= q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("'to' must not be before 'from'.");
        RuleFor(q => q.To).Must((q, to) => to!.Value.DayNumber - q.From!.Value.DayNumber < ReportRange.MaxDays)
            .When(q => q.From is not null && q.To is not null && q.To >= q.From)
            .WithMessage($"A report covers at most {ReportRange.MaxDays} days: move 'to' closer to 'from'.");
        RuleFor(q => q.Format).Must(format => ReportFormats.All.Contains(format)).When(q => q.Format is not null)
            .WithMessage($"'format' must be one of: {string.Join(", ", ReportFormats.All)}.");
    }
}
