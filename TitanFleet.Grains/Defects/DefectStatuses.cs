namespace TitanFleet.Grains.Defects;

/// <summary>
/// A defect's place in the DOMAIN.md flow, as the API names it. The database stores the two-word
/// statuses in snake case (sql/0060 checks that list), so the store maps them on the way in and out.
/// </summary>
public static class DefectStatuses
{
    public const string Reported = "reported";
    public const string Acknowledged = "acknowledged";
    public const string InProgress = "inProgress";
    public const string Rectified = "rectified";
    public const string NoCorrectionNeeded = "noCorrectionNeeded";

    public static readonly string[] All = [Reported, Acknowledged, InProgress, Rectified, NoCorrectionNeeded];

    public static bool IsResolved(string status) => status is Rectified or NoCorrectionNeeded;

    public static string ToStored(string status) => status switch
    {
        InProgress => "in_progress",
        NoCorrectionNeeded => "no_correction_needed",
        _ => status,
    };

    public static string FromStored(string stored) => stored switch
    {
        "in_progress" => InProgress,
        "no_correction_needed" => NoCorrectionNeeded,
        _ => stored,
    };
}
