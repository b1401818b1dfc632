namespace TitanFleet.Grains.Defects;

/// <summary>
/// Which moves the status flow allows (reported -> acknowledged -> in progress -> rectified, or no
/// correction needed). An update may acknowledge a reported defect or start work on it (starting
/// work acknowledges it), and start an acknowledged one; it never goes back. Only a signed-off
/// rectification resolves a defect: "rectified" once work is in progress, "no correction needed"
/// from any open status (the mechanic looked and found nothing to do). A resolved defect is closed.
/// </summary>
public static class DefectStatusFlow
{
    public static bool CanUpdateTo(string from, string to) => (from == to && !DefectStatuses.IsResolved(from)) || (from, to) switch
    {
        (DefectStatuses.Reported, DefectStatuses.Acknowledged or DefectStatuses.InProgress) => true,
        (DefectStatuses.Acknowledged, DefectStatuses.InProgress) => true,
        _ => false,
    };

    public static bool CanResolveAs(string from, string outcome) => outcome switch
    {
        DefectStatuses.Rectified => from == DefectStatuses.InProgress,
        DefectStatuses.NoCorrectionNeeded => !DefectStatuses.IsResolved(from),
        _ => false,
    };

    /// <summary>Why a move is refused, for the problem's <c>status</c> error.</summary>
    public static string Refusal(string from, string to) =>
        DefectStatuses.IsResolved(from) ? $"The defect is already {from} and can no longer change."
        : DefectStatuses.IsResolved(to) ? $"A defect becomes {to} only through a signed-off rectification (POST /api/defects/{{id}}/rectifications)."
        : $"A defect cannot move from {from} to {to}: the flow is reported -> acknowledged -> inProgress.";
}
