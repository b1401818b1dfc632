namespace TitanFleet.Grains.Reports;

/// <summary>
/// One vehicle over a report's range: its rollups summed over its days in service (max speed the highest, first and
/// last position the earliest and latest fix), the days it moved, and the days it was available (not off road or
/// retired, or it moved anyway), as <see cref="UtilisationRow"/> counts them day by day.
/// </summary>
public sealed record VehicleUtilisationRow(
    Guid VehicleId,
    string Registration,
    string? Depot,
    double DistanceMetres,
    long MovingSeconds,
    long IdleSeconds,
    int DaysUsed,
    int DaysAvailable,
    double? MaxSpeedKmh,
    long OverspeedEvents,
    long GeofenceVisits,
    PositionFix? First,
    PositionFix? Last)
{
    /// <summary>Null when it was never available: no share of nothing to state.</summary>
    public double? UtilisationPercent => DaysAvailable == 0 ? null : Math.Round(100.0 * DaysUsed / DaysAvailable, 1);
}
