namespace TitanFleet.Api.Reports;

/// <summary>The utilisation report's row groupings: <c>vehicle</c> (the default) or <c>day</c>.</summary>
public static class UtilisationGroupings
{
    public const string Vehicle = "vehicle";
    public const string Day = "day";

    public static readonly string[] All = [Vehicle, Day];

    public static bool ByDay(string? groupBy) => groupBy == Day;
}
