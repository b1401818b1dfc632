namespace TitanFleet.Grains.Timesheets;

public enum TimesheetWriteStatus
{
    Written,
    Unchanged,
    NotFound,
    VersionConflict,
}
