namespace TitanFleet.Grains.Users;

/// <summary>Where a page of users ended: the email and id of its last row (keyset pagination).</summary>
public sealed record UserCursor(string Email, Guid Id);
