using FluentValidation;
using TitanFleet.Api.Validation;
using TitanFleet.Grains.Checks;
using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Api.CheckItems;

public sealed class CreateCheckItemRequestValidator : AbstractValidator<CreateCheckItemRequest>
{
    public CreateCheckItemRequestValidator()
    {
        RuleFor(r => r.VehicleType).NotEmpty().Must(t => VehicleTypes.All.Contains(t))
            .WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", VehicleTypes.All)}.");
        RuleFor(r => r.Code).NotEmpty().Must(CheckItemCodes.IsValid)
            .WithMessage("'{PropertyName}' must be 1-64 lower-case letters, digits and underscores, starting with a letter or digit.");
        RuleFor(r => r.Label).NotEmpty().PlainText(200);
        RuleFor(r => r.Category).NotEmpty().PlainText(60);
        RuleFor(r => r.DefaultSeverity).NotEmpty().Must(s => CheckSeverities.All.Contains(s))
            .WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", CheckSeverities.All)}.");
    }
}
