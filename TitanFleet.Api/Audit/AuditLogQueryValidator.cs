using FluentValidation;
using TitanFleet.Api.Paging;
using TitanFleet.Api.Validation;
using TitanFleet.Grains.Audit;

namespace TitanFleet.Api.Audit;

public sealed class AuditLogQueryValidator : AbstractValidator<AuditLogQuery>
{
    public AuditLogQueryValidator()
    {
        RuleFor(q => q.To).GreaterThan(q => q.From).When(q => q.From is not null && q.To is not null).WithMessage("'to' must be after 'from'.");
        RuleFor(q => q.Action).Must(a => AuditActions.All.Contains(a)).When(q => q.Action is not null)
            .WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", AuditActions.All)}.");
        RuleFor(q => q.EntityType).PlainText(40);
        this.PageRules<AuditLogQuery, AuditLogCursor>();
    }
}
