namespace TitanFleet.Grains.Defects;

/// <summary>DOMAIN.md: a minor defect may be driven with; a dangerous one takes the vehicle off road (VOR).</summary>
public static class DefectSeverities
{
    public const string Minor = "minor";
    public const string Dangerous = "dangerous";

    public static readonly string[] All = [Minor, Dangerous];
}
