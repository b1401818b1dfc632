using FluentValidation;
using TitanFleet.Api.Validation;
using TitanFleet.Grains.Defects;

namespace TitanFleet.Api.Defects;

public sealed class ReportDefectRequestValidator : AbstractValidator<ReportDefectRequest>
{
    public const int MaxPhotos = 10;

    public ReportDefectRequestValidator()
    {
        RuleFor(r => r.VehicleId).NotEmpty();
        RuleFor(r => r.Category).NotEmpty().PlainText(100);
        RuleFor(r => r.Description).NotEmpty().MultilineText(2000);
        RuleFor(r => r.Severity).NotEmpty().Must(s => DefectSeverities.All.Contains(s))
            .WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", DefectSeverities.All)}.");
        RuleFor(r => r.OdometerKm).InclusiveBetween(0, 10_000_000).When(r => r.OdometerKm is not null);
        RuleFor(r => r.PhotoFileIds)
            .Must(ids => ids!.Length <= MaxPhotos).WithMessage($"At most {MaxPhotos} photos.")
            .Must(ids => ids!.Distinct().Count() == ids!.Length).WithMessage("'{PropertyName}' lists a file twice.")
            .When(r => r.PhotoFileIds is not null);
    }
}
