namespace TitanFleet.Grains.Timesheets;

/// <summary>How a shift ended (sql/0070 checks the same list).</summary>
public static class TimesheetEndings
{
    public const string Driver = "driver";
    public const string Handover = "handover";
}
