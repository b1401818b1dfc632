namespace TitanFleet.Grains.Checks;

/// <summary>How bad a failed item is (sql/0060 checks the same list): a dangerous one takes the vehicle off road.</summary>
public static class CheckSeverities
{
    public const string Minor = "minor";
    public const string Dangerous = "dangerous";

    public static readonly string[] All = [Minor, Dangerous];
}
