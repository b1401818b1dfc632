namespace TitanFleet.Api.Files;

/// <summary>The records a file may belong to (sql/0050 checks the same list).</summary>
public static class FileOwnerTypes
{
    public const string Vehicle = "vehicle";
    public const string Check = "check";
    public const string Defect = "defect";

    /// <summary>
    /// Owners an upload may name today: only vehicles have a table to check the company against.
    /// Checks and defects join this list when their tables land (issue 9).
    /// </summary>
    public static readonly string[] Supported = [Vehicle];
}
