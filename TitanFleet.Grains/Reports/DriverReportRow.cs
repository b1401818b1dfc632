namespace TitanFleet.Grains.Reports;

/// <summary>One driver over a report's range (shifts are completed ones, counted by their start).</summary>
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
    long HoursBreaches)
{
    /// <summary>Null without shifts: no rate to state.</summary>
    public double? CheckCompletionPercent => Shifts == 0 ? null : Math.Round(100.0 * CheckedShifts / Shifts, 1);

    /// <summary>Null without distance: a rate per 100 km of nothing is not zero.</summary>
    public double? OverspeedPer100Km => DistanceKm == 0 ? null : Math.Round(100.0 * OverspeedEvents / DistanceKm, 2);
}
