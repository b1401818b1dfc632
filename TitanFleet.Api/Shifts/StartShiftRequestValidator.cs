using FluentValidation;

namespace TitanFleet.Api.Shifts;

public sealed class StartShiftRequestValidator : AbstractValidator<StartShiftRequest>
{
    public StartShiftRequestValidator()
    {
        RuleFor(r => r.VehicleId).NotEmpty();
        RuleFor(r => r.OdometerKm).InclusiveBetween(0, ShiftRules.MaxOdometerKm).When(r => r.OdometerKm is not null);
    }
}
