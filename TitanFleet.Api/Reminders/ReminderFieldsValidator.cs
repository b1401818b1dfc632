using FluentValidation;
using TitanFleet.Api.Validation;
using TitanFleet.Grains.Reminders;

namespace TitanFleet.Api.Reminders;

/// <summary>The rules a reminder's fields obey, on create and update alike.</summary>
public sealed class ReminderFieldsValidator : AbstractValidator<IReminderFields>
{
    public const int MaxTitleLength = 120;
    public const int MaxNotesLength = 2000;
    public const int MaxMileageKm = 10_000_000;
    public static readonly DateOnly EarliestDate = new(2000, 1, 1);
    public static readonly DateOnly LatestDate = new(2100, 12, 31);

    public ReminderFieldsValidator()
    {
        RuleFor(r => r.VehicleId).NotEqual(Guid.Empty).When(r => r.VehicleId is not null);
        RuleFor(r => r.Type).NotEmpty().Must(t => ReminderTypes.All.Contains(t))
            .WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", ReminderTypes.All)}.");
        RuleFor(r => r.Title).PlainText(MaxTitleLength).Must(t => t is null || t.Trim().Length > 0).WithMessage("'{PropertyName}' must not be blank.");
        RuleFor(r => r.Notes).MultilineText(MaxNotesLength);
        RuleFor(r => r.DueDate).NotNull().When(r => r.DueMileageKm is null).WithMessage("Give 'dueDate', 'dueMileageKm' or both.");
        RuleFor(r => r.DueDate).InclusiveBetween(EarliestDate, LatestDate).When(r => r.DueDate is not null);
        RuleFor(r => r.DueMileageKm).InclusiveBetween(0, MaxMileageKm).When(r => r.DueMileageKm is not null);
        RuleFor(r => r.DueMileageKm).Null().When(r => r.VehicleId is null).WithMessage("'{PropertyName}' needs a 'vehicleId': a company reminder has no odometer.");

        RuleFor(r => r.RecurMonths).InclusiveBetween(1, 120).When(r => r.RecurMonths is not null);
        RuleFor(r => r.RecurWeeks).InclusiveBetween(1, 520).When(r => r.RecurWeeks is not null);
        RuleFor(r => r.RecurKm).InclusiveBetween(1, 1_000_000).When(r => r.RecurKm is not null);
        RuleFor(r => r.RecurMonths).Null().When(r => r.RecurWeeks is not null || r.RecurKm is not null)
            .WithMessage("Give at most one of 'recurMonths', 'recurWeeks' and 'recurKm'.");
        RuleFor(r => r.RecurWeeks).Null().When(r => r.RecurKm is not null)
            .WithMessage("Give at most one of 'recurMonths', 'recurWeeks' and 'recurKm'.");
        RuleFor(r => r.RecurMonths).Null().When(r => r.DueDate is null).WithMessage("'{PropertyName}' needs a 'dueDate' to count from.");
        RuleFor(r => r.RecurWeeks).Null().When(r => r.DueDate is null).WithMessage("'{PropertyName}' needs a 'dueDate' to count from.");
        RuleFor(r => r.RecurKm).Null().When(r => r.DueMileageKm is null).WithMessage("'{PropertyName}' needs a 'dueMileageKm' to count from.");
    }
}
