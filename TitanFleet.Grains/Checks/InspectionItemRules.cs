namespace TitanFleet.Grains.Checks;

/// <summary>
/// A check answers every item of its vehicle type's list exactly once (DVSA: the whole list is
/// checked, and a nil-defect report proves it). Errors are keyed "results.&lt;code&gt;".
/// </summary>
public static class InspectionItemRules
{
    public static Dictionary<string, string[]> Errors(IReadOnlyList<CheckItem> items, IReadOnlyList<SubmittedCheckResult> results)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var known = items.Select(item => item.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var group in results.GroupBy(result => result.ItemCode, StringComparer.Ordinal))
        {
            if (!known.Contains(group.Key)) errors[Field(group.Key)] = ["This item is not on the vehicle type's check list."];
            else if (group.Count() > 1) errors[Field(group.Key)] = ["This item is answered more than once."];
        }
        var answered = results.Select(result => result.ItemCode).ToHashSet(StringComparer.Ordinal);
        foreach (var item in items.Where(item => !answered.Contains(item.Code)))
        {
            errors[Field(item.Code)] = [$"'{item.Label}' is on the check list and needs a result."];
        }
        return errors;
    }

    public static string Field(string itemCode) => $"results.{itemCode}";
}
