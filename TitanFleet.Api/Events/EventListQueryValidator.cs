using FluentValidation;
using TitanFleet.Api.Paging;
using TitanFleet.Grains.Events;

namespace TitanFleet.Api.Events;

public sealed class EventListQueryValidator : AbstractValidator<EventListQuery>
{
    public EventListQueryValidator()
    {
        // The message lists the known types and never echoes what was sent (it may be anything).
        RuleFor(q => q.Type).Must(types => types!.All(FleetEventTypes.All.Contains)).When(q => q.Type is { Length: > 0 })
            .WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", FleetEventTypes.All)}.");
        RuleFor(q => q.To).GreaterThan(q => q.From).When(q => q.From is not null && q.To is not null).WithMessage("'to' must be after 'from'.");
        this.PageRules<EventListQuery, FleetEventCursor>();
    }
}
