using FluentValidation;

namespace TitanFleet.Api.Reminders;

public sealed class CompleteReminderRequestValidator : AbstractValidator<CompleteReminderRequest>
{
    public CompleteReminderRequestValidator() => RuleFor(r => r.Version).NotNull().GreaterThanOrEqualTo(1);
}
