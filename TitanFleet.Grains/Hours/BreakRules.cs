namespace TitanFleet.Grains.Hours;

/// <summary>Which stops are breaks, and which pairs of breaks end a spell of driving (EU 561/2006 art. 7).</summary>
public static class BreakRules
{
    /// <summary>A stop is a break only when the driver marked it as one and it lasted at least the split break's first part (15 min).</summary>
    public static bool CountsAsBreak(TimeSpan stopped, bool markedByDriver, HoursOptions rules) =>
        markedByDriver && stopped >= rules.SplitBreakFirstPart;

    /// <summary>Two breaks end a spell of driving when the first lasts 15 min and the later one 30 min; 30 then 15 does not.</summary>
    public static bool IsValidSplit(TimeSpan first, TimeSpan second, HoursOptions rules) =>
        first >= rules.SplitBreakFirstPart && second >= rules.SplitBreakSecondPart;

    /// <summary>Whether a break of <paramref name="length"/> ends the spell of driving, given whether a first part was already taken.</summary>
    public static bool EndsDrivingSpell(TimeSpan length, bool firstPartTaken, HoursOptions rules) =>
        length >= rules.FullBreak || (firstPartTaken && length >= rules.SplitBreakSecondPart);
}
