namespace TitanFleet.Api.Users;

/// <summary>DELETE's query: the version the client last read.</summary>
public sealed record DeactivateUserQuery(int? Version);
