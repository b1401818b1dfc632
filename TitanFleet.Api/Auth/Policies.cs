namespace TitanFleet.Api.Auth;

public static class Policies
{
    /// <summary>People who watch the company's fleet: admins, managers and mechanics. Reads of fleet records.</summary>
    public const string FleetViewer = "FleetViewer";

    /// <summary>People who run the company's fleet: admins and managers. Writes of fleet records, and the audit log.</summary>
    public const string FleetManager = "FleetManager";

    /// <summary>Admins only: creating users, changing their role, deactivating them.</summary>
    public const string UserAdmin = "UserAdmin";

    /// <summary>Any signed-in person of the company, whatever their role: reads of their own record.</summary>
    public const string SignedInUser = "SignedInUser";

    /// <summary>Who may post positions: a device by token, or a signed-in driver, manager or admin.</summary>
    public const string PositionWriter = "PositionWriter";

    /// <summary>People who drive: drivers, and managers and admins who take a vehicle out. Walkaround checks and their own shifts.</summary>
    public const string ShiftWorker = "ShiftWorker";

    /// <summary>People who work defects: mechanics, managers and admins. Defect updates and rectifications.</summary>
    public const string DefectWorker = "DefectWorker";
}
