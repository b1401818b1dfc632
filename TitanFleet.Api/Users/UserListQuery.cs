using TitanFleet.Api.Paging;

namespace TitanFleet.Api.Users;

/// <summary>The user list's query string, sorted by email; <c>role</c> and <c>active</c> filter.</summary>
public sealed record UserListQuery(string? Role, bool? Active, string? Cursor, int? Limit) : IPageQuery;
