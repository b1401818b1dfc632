namespace TitanFleet.Api.Files;

/// <summary>The records a file may belong to (sql/0050 checks the same list).</summary>
public static class FileOwnerTypes
{
    public const string Vehicle = "vehicle";
    public const string Check = "check";
    public const string Defect = "defect";

    /// <summary>
    /// Owners an upload may name today: those with a table to check the company against (a defect's
    /// files are the mechanics' repair photos). Checks join this list with their endpoints (issue 10).
    /// </summary>
    public static readonly string[] Supported = [Vehicle, Defect];
}
