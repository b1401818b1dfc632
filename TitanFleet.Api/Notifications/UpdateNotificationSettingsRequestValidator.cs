using FluentValidation;
using TitanFleet.Grains.Defects;
using TitanFleet.Grains.Notifications;

namespace TitanFleet.Api.Notifications;

public sealed class UpdateNotificationSettingsRequestValidator : AbstractValidator<UpdateNotificationSettingsRequest>
{
    /// <summary>Every type, with each severity for the types that have one, once: far more is not a settings form.</summary>
    public const int MaxRules = 100;

    public UpdateNotificationSettingsRequestValidator()
    {
        RuleFor(s => s.Rules).NotNull().Must(r => r!.Count <= MaxRules).WithMessage($"'{{PropertyName}}' may hold at most {MaxRules} rules.");
        RuleForEach(s => s.Rules).NotNull().ChildRules(rule =>
        {
            rule.RuleFor(r => r!.EventType).NotEmpty().Must(type => NotifiableEventTypes.All.Contains(type))
                .WithMessage(r => $"'{r!.EventType}' is not an event type; one of: {string.Join(", ", NotifiableEventTypes.All)}.");
            rule.RuleFor(r => r!.Roles).NotEmpty().WithMessage("'{PropertyName}' must name at least one role; leave the event type out to notify nobody.");
            rule.RuleForEach(r => r!.Roles).Must(role => NotificationRecipientRoles.All.Contains(role))
                .WithMessage((_, role) => $"'{role}' is not a role a notification can go to; one of: {string.Join(", ", NotificationRecipientRoles.All)}.");
            rule.RuleFor(r => r!.Severity).Must(severity => DefectSeverities.All.Contains(severity))
                .When(r => r!.Severity is not null)
                .WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", DefectSeverities.All)}.");
            rule.RuleFor(r => r!.Severity).Null()
                .When(r => r!.EventType is not null && !NotifiableEventTypes.WithSeverity.Contains(r.EventType))
                .WithMessage($"Only {string.Join(", ", NotifiableEventTypes.WithSeverity)} rules may name a severity.");
        });
        RuleFor(s => s.Rules).Must(rules => rules!.Where(r => r is not null).GroupBy(r => (r!.EventType, r.Severity)).All(g => g.Count() == 1))
            .When(s => s.Rules is not null)
            .WithMessage("Each event type (and severity) may have one rule; list all its roles in that rule.");
        RuleFor(s => s.Version).NotNull().GreaterThanOrEqualTo(1);
    }

    /// <summary>The rules as stored: roles once each, in the order the API lists them.</summary>
    public static IReadOnlyList<NotificationRule> ToRules(UpdateNotificationSettingsRequest request) =>
        [.. request.Rules!.Select(r => new NotificationRule(
            r!.EventType!,
            [.. NotificationRecipientRoles.All.Where(role => r.Roles!.Contains(role))],
            r.Severity))];
}
