using FluentValidation;

namespace TitanFleet.Api.Vehicles;

public sealed class TrailQueryValidator : AbstractValidator<TrailQuery>
{
    public TrailQueryValidator(TimeProvider time)
    {
        RuleFor(q => q.From).LessThan(TrailQuery.Latest).When(q => q.From is not null).WithMessage("'from' must be before the year 9999.");
        RuleFor(q => q.To).LessThan(TrailQuery.Latest).When(q => q.To is not null).WithMessage("'to' must be before the year 9999.");
        When(q => !(q.From >= TrailQuery.Latest) && !(q.To >= TrailQuery.Latest), () =>
        {
            RuleFor(q => q.To)
                .Must((query, _) => query.Resolve(time.GetUtcNow()) is var (start, end) && end > start).WithMessage("'to' must be after 'from'.")
                .Must((query, _) => query.Resolve(time.GetUtcNow()) is var (start, end) && end - start <= TrailQuery.MaxSpan)
                .WithMessage($"At most {TrailQuery.MaxSpan.TotalDays} days per request.");
        });
    }
}
