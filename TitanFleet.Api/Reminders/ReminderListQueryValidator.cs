using FluentValidation;
using TitanFleet.Api.Paging;
using TitanFleet.Grains.Reminders;

namespace TitanFleet.Api.Reminders;

public sealed class ReminderListQueryValidator : AbstractValidator<ReminderListQuery>
{
    public ReminderListQueryValidator()
    {
        RuleFor(q => q.Type).Must(t => ReminderTypes.All.Contains(t)).When(q => q.Type is not null)
            .WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", ReminderTypes.All)}.");
        RuleFor(q => q.Status).Must(s => ReminderStatuses.All.Contains(s)).When(q => q.Status is not null)
            .WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", ReminderStatuses.All)}.");
        RuleFor(q => q.DueBefore).InclusiveBetween(ReminderFieldsValidator.EarliestDate, ReminderFieldsValidator.LatestDate).When(q => q.DueBefore is not null);
        this.PageRules<ReminderListQuery, ReminderCursor>();
    }
}
