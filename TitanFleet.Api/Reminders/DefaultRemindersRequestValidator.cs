using FluentValidation;

namespace TitanFleet.Api.Reminders;

public sealed class DefaultRemindersRequestValidator : AbstractValidator<DefaultRemindersRequest>
{
    public DefaultRemindersRequestValidator(TimeProvider time)
    {
        var earliest = ReminderFieldsValidator.EarliestDate.AddYears(-50);
        RuleFor(r => r.RegistrationDate).NotNull()
            .Must(date => date is null || (date >= earliest && date <= DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)))
            .WithMessage("'{PropertyName}' must be a date in the past.");
        RuleFor(r => r.SafetyInspectionWeeks).InclusiveBetween(4, 13).When(r => r.SafetyInspectionWeeks is not null);
        RuleFor(r => r.TaxDueDate).InclusiveBetween(ReminderFieldsValidator.EarliestDate, ReminderFieldsValidator.LatestDate).When(r => r.TaxDueDate is not null);
        RuleFor(r => r.InsuranceDueDate).InclusiveBetween(ReminderFieldsValidator.EarliestDate, ReminderFieldsValidator.LatestDate).When(r => r.InsuranceDueDate is not null);
        RuleFor(r => r.TachographDueDate).InclusiveBetween(ReminderFieldsValidator.EarliestDate, ReminderFieldsValidator.LatestDate).When(r => r.TachographDueDate is not null);
    }
}
