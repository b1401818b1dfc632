namespace TitanFleet.Api.Users;

/// <summary>A one-time set-up token, shown only in this response: the user posts it with a password to /api/users/setup-password before it expires.</summary>
public sealed record SetupLinkResponse(string Token, DateTimeOffset ExpiresAt);
