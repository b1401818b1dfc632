namespace TitanFleet.Grains.Vehicles;

/// <summary>
/// A vehicle's standing in the register (sql/0021 checks the same list), not its live motion:
/// "vor" is off road after a dangerous defect, "retired" is the soft delete.
/// </summary>
public static class VehicleRecordStatuses
{
    public const string Active = "active";
    public const string Vor = "vor";
    public const string Maintenance = "maintenance";
    public const string Retired = "retired";

    public static readonly string[] All = [Active, Vor, Maintenance, Retired];

    /// <summary>The constant equal to <paramref name="status"/>, so each live vehicle does not keep its own copy of the string.</summary>
    public static string Shared(string status) => Array.Find(All, s => s == status) ?? status;
}
