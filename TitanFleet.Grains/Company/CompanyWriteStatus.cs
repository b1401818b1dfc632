namespace TitanFleet.Grains.Company;

public enum CompanyWriteStatus
{
    Written = 0,
    Unchanged = 1,
    NotFound = 2,
    VersionConflict = 3,

    /// <summary>Creating: the first admin's email belongs to another user (emails are unique across companies).</summary>
    DuplicateEmail = 4,
}
