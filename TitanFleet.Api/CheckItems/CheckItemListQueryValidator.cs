using FluentValidation;
using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Api.CheckItems;

public sealed class CheckItemListQueryValidator : AbstractValidator<CheckItemListQuery>
{
    public CheckItemListQueryValidator()
    {
        RuleFor(q => q.VehicleType).NotEmpty().Must(t => VehicleTypes.All.Contains(t))
            .WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", VehicleTypes.All)}.");
    }
}
