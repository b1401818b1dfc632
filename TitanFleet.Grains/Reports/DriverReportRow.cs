namespace TitanFleet.Grains.Reports;

/// <summary>
/// One driver over a report's range (shifts are completed ones, counted by their start). Distance and hours driven
/// come from the timesheets; the GPS figures from their vehicles' fixes inside their shifts. Max speed and the first
/// and last positions are null when no fix was attributed to the driver in the range.
/// </summary>
public sealed record DriverReportRow(
    Guid DriverId,
    string DriverName,
    int Shifts,
    int CheckedShifts,
    int DaysDriven,
    long DistanceKm,
    long DrivingSeconds,
    long OtherWorkSeconds,
    long OverspeedEvents,
    long HoursBreaches,
    long GeofenceVisits,
    double GpsDistanceMetres,
    long MovingSeconds,
    long IdleSeconds,
    double? MaxSpeedKmh,
    PositionFix? First,
    PositionFix? Last)
{
    /// <summary>Null without shifts: no rate to state.</summary>
    public double? CheckCompletionPercent => Shifts == 0 ? null : Math.Round(100.0 * CheckedShifts / Shifts, 1);

    /// <summary>Null without distance: a rate per 100 km of nothing is not zero.</summary>
    public double? OverspeedPer100Km => DistanceKm == 0 ? null : Math.Round(100.0 * OverspeedEvents / DistanceKm, 2);
}
