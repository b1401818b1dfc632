using FluentValidation;
using TitanFleet.Api.Validation;
using TitanFleet.Grains.Defects;

namespace TitanFleet.Api.Defects;

public sealed class RectifyDefectRequestValidator : AbstractValidator<RectifyDefectRequest>
{
    private static readonly string[] Outcomes = [DefectStatuses.Rectified, DefectStatuses.NoCorrectionNeeded];

    public RectifyDefectRequestValidator()
    {
        RuleFor(r => r.Outcome).NotEmpty().Must(o => Outcomes.Contains(o))
            .WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", Outcomes)}.");
        RuleFor(r => r.WorkDone).Must(w => !string.IsNullOrWhiteSpace(w)).When(r => r.Outcome == DefectStatuses.Rectified)
            .WithMessage("'{PropertyName}' is required when the defect is rectified.");
        RuleFor(r => r.Reason).Must(w => !string.IsNullOrWhiteSpace(w)).When(r => r.Outcome == DefectStatuses.NoCorrectionNeeded)
            .WithMessage("'{PropertyName}' is required when no correction is needed.");
        RuleFor(r => r.WorkDone).MultilineText(4000);
        RuleFor(r => r.Reason).MultilineText(2000);
        RuleFor(r => r.Parts).MultilineText(2000);
        RuleFor(r => r.CostPence).InclusiveBetween(0, 100_000_000).When(r => r.CostPence is not null);
    }
}
