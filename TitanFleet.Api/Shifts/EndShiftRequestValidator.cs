using FluentValidation;

namespace TitanFleet.Api.Shifts;

public sealed class EndShiftRequestValidator : AbstractValidator<EndShiftRequest>
{
    public EndShiftRequestValidator()
    {
        RuleFor(r => r.OdometerKm).NotNull().InclusiveBetween(0, ShiftRules.MaxOdometerKm);
    }
}
