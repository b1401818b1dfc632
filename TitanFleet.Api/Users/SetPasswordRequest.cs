namespace TitanFleet.Api.Users;

/// <summary>Chooses a password with a one-time set-up token an admin handed over.</summary>
public sealed record SetPasswordRequest(string? Token, string? Password);
