using FluentValidation;

namespace TitanFleet.Api.Reminders;

public sealed class CreateReminderRequestValidator : AbstractValidator<CreateReminderRequest>
{
    public CreateReminderRequestValidator(ReminderFieldsValidator fields) => Include(fields);
}
