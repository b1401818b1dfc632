using FluentValidation;
using TitanFleet.Grains.Defects;

namespace TitanFleet.Api.Defects;

/// <summary>Any status name is well formed here; whether the flow allows the move is the store's 409.</summary>
public sealed class UpdateDefectRequestValidator : AbstractValidator<UpdateDefectRequest>
{
    public UpdateDefectRequestValidator()
    {
        RuleFor(r => r.Version).NotNull().GreaterThanOrEqualTo(1);
        RuleFor(r => r.Status).Must(s => DefectStatuses.All.Contains(s)).When(r => r.Status is not null)
            .WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", DefectStatuses.All)}.");
        RuleFor(r => r.Severity).Must(s => DefectSeverities.All.Contains(s)).When(r => r.Severity is not null)
            .WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", DefectSeverities.All)}.");
        RuleFor(r => r.AssignedTo).NotEqual(Guid.Empty).When(r => r.AssignedTo is not null);
    }
}
