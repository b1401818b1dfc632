namespace TitanFleet.Grains.Users;

/// <summary>The user list's filters; null means "any". Sorted by email.</summary>
public sealed record UserListFilter(string? Role, bool? Active, UserCursor? After, int Limit);
