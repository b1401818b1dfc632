using FluentValidation;

namespace TitanFleet.Api.Users;

public sealed class DriverProfileRequestValidator : AbstractValidator<DriverProfileRequest>
{
    private static readonly DateOnly Earliest = new(1970, 1, 1);
    private static readonly DateOnly Latest = new(2100, 12, 31);

    public DriverProfileRequestValidator()
    {
        RuleFor(p => p.LicenceNumber).Cascade(CascadeMode.Stop)
            .NotEmpty()
            .MaximumLength(24)
            .Must(n => DrivingLicence.IsValidNumber(DrivingLicence.Normalise(n!)))
            .WithMessage("'{PropertyName}' must be a UK driving licence number (16 characters such as MORGA753116SM9IJ, or 8 digits in Northern Ireland).");
        RuleFor(p => p.LicenceCategories).Cascade(CascadeMode.Stop)
            .NotEmpty()
            .Must(c => c!.Length <= DrivingLicence.Categories.Length && c.All(x => x is not null && DrivingLicence.Categories.Contains(x.ToUpperInvariant())))
            .WithMessage($"'{{PropertyName}}' must list categories among: {string.Join(", ", DrivingLicence.Categories)}.")
            .Must(c => c!.Select(x => x.ToUpperInvariant()).Distinct().Count() == c!.Length)
            .WithMessage("'{PropertyName}' must not repeat a category.");
        RuleFor(p => p.LicenceExpiry).NotNull().InclusiveBetween(Earliest, Latest);
        RuleFor(p => p.CpcExpiry).InclusiveBetween(Earliest, Latest).When(p => p.CpcExpiry is not null);
        RuleFor(p => p.Version).GreaterThanOrEqualTo(1).When(p => p.Version is not null);
    }
}
