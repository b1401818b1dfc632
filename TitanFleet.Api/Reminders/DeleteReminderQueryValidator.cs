using FluentValidation;

namespace TitanFleet.Api.Reminders;

public sealed class DeleteReminderQueryValidator : AbstractValidator<DeleteReminderQuery>
{
    public DeleteReminderQueryValidator() => RuleFor(q => q.Version).NotNull().GreaterThanOrEqualTo(1);
}
