using FluentValidation;
using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Api.Vehicles;

public sealed class UpdateVehicleRequestValidator : AbstractValidator<UpdateVehicleRequest>
{
    public UpdateVehicleRequestValidator(VehicleFieldsValidator fields)
    {
        Include(fields);
        RuleFor(v => v.Status).NotEmpty().Must(s => VehicleRecordStatuses.All.Contains(s))
            .WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", VehicleRecordStatuses.All)}.");
        RuleFor(v => v.MileageKm).NotNull();
        RuleFor(v => v.Version).NotNull().GreaterThanOrEqualTo(1);
    }
}
