using FluentValidation;
using TitanFleet.Api.Paging;
using TitanFleet.Grains.Notifications;

namespace TitanFleet.Api.Notifications;

public sealed class NotificationListQueryValidator : AbstractValidator<NotificationListQuery>
{
    public NotificationListQueryValidator()
    {
        this.PageRules<NotificationListQuery, NotificationCursor>();
    }
}
