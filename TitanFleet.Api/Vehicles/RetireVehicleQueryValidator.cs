using FluentValidation;

namespace TitanFleet.Api.Vehicles;

public sealed class RetireVehicleQueryValidator : AbstractValidator<RetireVehicleQuery>
{
    public RetireVehicleQueryValidator() => RuleFor(q => q.Version).NotNull().GreaterThanOrEqualTo(1);
}
