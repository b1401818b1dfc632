using FluentValidation;
using TitanFleet.Api.Shifts;

namespace TitanFleet.Api.Timesheets;

public sealed class UpdateTimesheetRequestValidator : AbstractValidator<UpdateTimesheetRequest>
{
    public UpdateTimesheetRequestValidator(TimeProvider time)
    {
        RuleFor(r => r.StartedAt).NotNull();
        RuleFor(r => r.StartedAt).Must(t => t!.Value.Year >= 2000).When(r => r.StartedAt is not null).WithMessage("'startedAt' must be after 2000.");
        RuleFor(r => r.EndedAt).NotNull();
        RuleFor(r => r.EndedAt).GreaterThanOrEqualTo(r => r.StartedAt).When(r => r.StartedAt is not null && r.EndedAt is not null)
            .WithMessage("'endedAt' must not be before 'startedAt'.");
        RuleFor(r => r.EndedAt).Must(t => t <= time.GetUtcNow().AddMinutes(5)).When(r => r.EndedAt is not null)
            .WithMessage("'endedAt' must not be in the future.");
        RuleFor(r => r.StartOdometerKm).NotNull().InclusiveBetween(0, ShiftRules.MaxOdometerKm);
        RuleFor(r => r.EndOdometerKm).NotNull().InclusiveBetween(0, ShiftRules.MaxOdometerKm);
        RuleFor(r => r.EndOdometerKm).GreaterThanOrEqualTo(r => r.StartOdometerKm).When(r => r.StartOdometerKm is not null && r.EndOdometerKm is not null)
            .WithMessage("'endOdometerKm' must not be below 'startOdometerKm'.");
        RuleFor(r => r.Version).NotNull().GreaterThanOrEqualTo(1);
    }
}
