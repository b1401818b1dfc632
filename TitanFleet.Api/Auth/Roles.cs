namespace TitanFleet.Api.Auth;

public static class Roles
{
    public const string Admin = "admin";
    public const string Manager = "manager";
    public const string Mechanic = "mechanic";
    public const string Driver = "driver";

    /// <summary>Not a user role: the principal of a device authenticated by its token.</summary>
    public const string Device = "device";

    public static readonly string[] UserRoles = [Admin, Manager, Mechanic, Driver];
}
