using FluentValidation;

namespace TitanFleet.Api.Shifts;

public sealed class StartShiftRequestValidator : AbstractValidator<StartShiftRequest>
{
    public StartShiftRequestValidator()
    {
        RuleFor(r => r.VehicleId).NotNull().Must(id => id != Guid.Empty).WithMessage("'vehicleId' must name a vehicle.");
        RuleFor(r => r.OdometerKm).InclusiveBetween(0, ShiftRules.MaxOdometerKm).When(r => r.OdometerKm is not null);
    }
}
