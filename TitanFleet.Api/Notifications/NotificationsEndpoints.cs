using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TitanFleet.Api.Auth;
using TitanFleet.Api.Paging;
using TitanFleet.Api.Validation;
using TitanFleet.Grains.Notifications;

namespace TitanFleet.Api.Notifications;

/// <summary>
/// The caller's own notifications, whatever their role: there is no user id in any route, and a
/// notification of anyone else answers exactly like a missing one.
/// </summary>
public static class NotificationsEndpoints
{
    public static IEndpointRouteBuilder MapNotificationsApi(this IEndpointRouteBuilder endpoints)
    {
        var notifications = endpoints.MapGroup("/api/notifications").WithTags("Notifications").RequireAuthorization(Policies.SignedInUser);
        notifications.MapGet("/", ListAsync).Validate<NotificationListQuery>().WithName("ListNotifications")
            .WithSummary("Your notifications, newest first (unread=true for the unread ones only), a page at a time");
        notifications.MapGet("/unread-count", CountUnreadAsync).WithName("CountUnreadNotifications")
            .WithSummary("How many of your notifications are unread");
        notifications.MapPost("/{notificationId:guid}/read", MarkReadAsync).WithName("MarkNotificationRead")
            .WithSummary("Mark one of your notifications read (again is harmless; the first read time stays)");
        notifications.MapPost("/read-all", MarkAllReadAsync).WithName("MarkAllNotificationsRead")
            .WithSummary("Mark every one of your unread notifications read");
        return endpoints;
    }

    private static async Task<Ok<Page<NotificationResponse>>> ListAsync(
        [AsParameters] NotificationListQuery query, ClaimsPrincipal principal, PostgresNotificationStore store, CancellationToken cancellationToken)
    {
        Cursors.TryDecode<NotificationCursor>(query.Cursor, out var after);
        var (items, next) = await store.ListAsync(principal.GetCompanyId(), principal.GetSubjectId(), query.Unread ?? false, after,
            query.Limit ?? Cursors.DefaultLimit, cancellationToken);
        return TypedResults.Ok(Pages.Of(items.Select(NotificationResponse.From), next));
    }

    private static async Task<Ok<UnreadCountResponse>> CountUnreadAsync(
        ClaimsPrincipal principal, PostgresNotificationStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(new UnreadCountResponse(await store.CountUnreadAsync(principal.GetCompanyId(), principal.GetSubjectId(), cancellationToken)));

    private static async Task<Results<Ok<NotificationResponse>, NotFound>> MarkReadAsync(
        Guid notificationId, ClaimsPrincipal principal, PostgresNotificationStore store, CancellationToken cancellationToken)
    {
        var marked = await store.MarkReadAsync(principal.GetCompanyId(), principal.GetSubjectId(), notificationId, cancellationToken);
        return marked is null ? TypedResults.NotFound() : TypedResults.Ok(NotificationResponse.From(marked));
    }

    private static async Task<Ok<ReadAllResponse>> MarkAllReadAsync(
        ClaimsPrincipal principal, PostgresNotificationStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(new ReadAllResponse(await store.MarkAllReadAsync(principal.GetCompanyId(), principal.GetSubjectId(), cancellationToken)));
}
