using FluentValidation;

namespace TitanFleet.Api.Shifts;

public sealed class ActivityRequestValidator : AbstractValidator<ActivityRequest>
{
    public ActivityRequestValidator()
    {
        RuleFor(r => r.Activity).NotEmpty();
        RuleFor(r => r.Activity).Must(a => ShiftActivities.ByName.ContainsKey(a!)).When(r => !string.IsNullOrEmpty(r.Activity))
            .WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", ShiftActivities.ByName.Keys)}.");
    }
}
