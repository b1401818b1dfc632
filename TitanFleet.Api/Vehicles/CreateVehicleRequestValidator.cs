using FluentValidation;
using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Api.Vehicles;

public sealed class CreateVehicleRequestValidator : AbstractValidator<CreateVehicleRequest>
{
    private static readonly string[] CreatableStatuses = [VehicleRecordStatuses.Active, VehicleRecordStatuses.Vor, VehicleRecordStatuses.Maintenance];

    public CreateVehicleRequestValidator(VehicleFieldsValidator fields)
    {
        Include(fields);
        RuleFor(v => v.Status).Must(s => CreatableStatuses.Contains(s)).When(v => v.Status is not null)
            .WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", CreatableStatuses)}.");
    }
}
