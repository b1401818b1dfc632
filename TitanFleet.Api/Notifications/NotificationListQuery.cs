using Microsoft.AspNetCore.Mvc;
using TitanFleet.Api.Paging;

namespace TitanFleet.Api.Notifications;

/// <summary>The list's query string: the caller's notifications newest first, only the unread ones with <c>unread=true</c>.</summary>
public sealed record NotificationListQuery(
    [FromQuery(Name = "unread")] bool? Unread,
    [FromQuery(Name = "cursor")] string? Cursor,
    [FromQuery(Name = "limit")] int? Limit) : IPageQuery;
