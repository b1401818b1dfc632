using FluentValidation;
using TitanFleet.Api.Validation;

namespace TitanFleet.Api.Vehicles;

/// <summary>The rules every vehicle write shares; create and update add what differs.</summary>
public sealed class VehicleFieldsValidator : AbstractValidator<IVehicleFields>
{
    public const int MaxMileageKm = 10_000_000;

    public VehicleFieldsValidator(TimeProvider time)
    {
        RuleFor(v => v.Registration).Cascade(CascadeMode.Stop)
            .NotEmpty()
            .MaximumLength(16)
            .Must(r => VehicleRegistration.IsValid(VehicleRegistration.Normalise(r!)))
            .WithMessage("'{PropertyName}' must be a UK registration such as AB12 CDE.");
        RuleFor(v => v.Make).PlainText(60);
        RuleFor(v => v.Model).PlainText(60);
        RuleFor(v => v.Year).InclusiveBetween(1900, time.GetUtcNow().Year + 1).When(v => v.Year is not null);
        RuleFor(v => v.Vin!).Cascade(CascadeMode.Stop)
            .MaximumLength(32)
            .Must(vin => VehicleIdentificationNumber.IsValid(VehicleIdentificationNumber.Normalise(vin)))
            .WithMessage("'{PropertyName}' must be 17 letters and digits, without I, O or Q.")
            .When(v => v.Vin is not null);
        RuleFor(v => v.Type).NotEmpty().Must(t => Grains.Vehicles.VehicleTypes.All.Contains(t))
            .WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", Grains.Vehicles.VehicleTypes.All)}.");
        RuleFor(v => v.MileageKm).InclusiveBetween(0, MaxMileageKm).When(v => v.MileageKm is not null);
        RuleFor(v => v.Depot).PlainText(100);
    }
}
