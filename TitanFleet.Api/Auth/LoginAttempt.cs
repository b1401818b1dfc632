namespace TitanFleet.Api.Auth;

/// <summary>The login limiter's partition: a client address and a normalised email.</summary>
public readonly record struct LoginAttempt(string Address, string Email);
