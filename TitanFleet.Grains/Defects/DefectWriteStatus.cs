namespace TitanFleet.Grains.Defects;

public enum DefectWriteStatus
{
    Written = 0,
    Unchanged = 1,
    NotFound = 2,
    VersionConflict = 3,

    /// <summary>The status flow refuses the move (409 naming status).</summary>
    StatusRefused = 4,

    /// <summary>The assignee is not a mechanic, manager or admin of the company (400 naming assignedTo).</summary>
    AssigneeRefused = 5,

    /// <summary>A photo is not a file uploaded against the defect's vehicle (400 naming photoFileIds).</summary>
    PhotoRefused = 6,
}
