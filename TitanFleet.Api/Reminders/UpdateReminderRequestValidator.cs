using FluentValidation;

namespace TitanFleet.Api.Reminders;

public sealed class UpdateReminderRequestValidator : AbstractValidator<UpdateReminderRequest>
{
    public UpdateReminderRequestValidator(ReminderFieldsValidator fields)
    {
        Include(fields);
        RuleFor(r => r.Version).NotNull().GreaterThanOrEqualTo(1);
    }
}
