namespace TitanFleet.Api.Users;

/// <summary>The writable fields that create and update requests share, so one validator checks both.</summary>
public interface IUserFields
{
    string? Email { get; }
    string? FullName { get; }
    string? Username { get; }
    string? Phone { get; }
    string? Role { get; }
}
