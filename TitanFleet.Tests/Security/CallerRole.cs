using TitanFleet.Api.Auth;

namespace TitanFleet.Tests.Security;

/// <summary>Who makes a request: nobody, a signed-in user of one role, or a device by its token.</summary>
public enum CallerRole
{
    Anonymous,
    Driver,
    Mechanic,
    Manager,
    Admin,
    Device,
}

public static class CallerRoles
{
    public static readonly CallerRole[] All = Enum.GetValues<CallerRole>();

    public static readonly CallerRole[] Users = [CallerRole.Driver, CallerRole.Mechanic, CallerRole.Manager, CallerRole.Admin];

    public static bool IsUser(this CallerRole role) => Users.Contains(role);

    public static string UserRole(this CallerRole role) => role switch
    {
        CallerRole.Driver => Roles.Driver,
        CallerRole.Mechanic => Roles.Mechanic,
        CallerRole.Manager => Roles.Manager,
        CallerRole.Admin => Roles.Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Not a user role"),
    };
}
