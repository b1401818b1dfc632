namespace TitanFleet.Api.Users;

/// <summary>The new user, and their set-up token when they were created without a password.</summary>
public sealed record UserCreatedResponse(UserResponse User, SetupLinkResponse? SetupLink);
