namespace TitanFleet.Grains.Checks;

/// <summary>What a driver records for one item: pass, fail (with a note) or not applicable.</summary>
public static class CheckOutcomes
{
    public const string Pass = "pass";
    public const string Fail = "fail";
    public const string NotApplicable = "na";

    public static readonly string[] All = [Pass, Fail, NotApplicable];
}
