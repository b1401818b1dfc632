namespace TitanFleet.Api.Auth;

public static class Policies
{
    /// <summary>People who watch the company's fleet: admins, managers and mechanics.</summary>
    public const string FleetViewer = "FleetViewer";

    /// <summary>Who may post positions: a device by token, or a signed-in driver, manager or admin.</summary>
    public const string PositionWriter = "PositionWriter";
}
