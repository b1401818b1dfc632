using TitanFleet.Grains.Reports;

namespace TitanFleet.Api.Reports;

/// <summary>The fleet's totals over the range from the per-vehicle rows: the same figures <see cref="UtilisationTotals"/> gives from the day rows.</summary>
public sealed class VehicleUtilisationTotals : IReportTotals<VehicleUtilisationRow>
{
    private double _metres;
    private long _movingSeconds;
    private long _idleSeconds;
    private int _daysUsed;
    private int _daysAvailable;
    private double? _maxSpeedKmh;
    private long _overspeedEvents;
    private long _geofenceVisits;

    public void Add(VehicleUtilisationRow row)
    {
        _metres += row.DistanceMetres;
        _movingSeconds += row.MovingSeconds;
        _idleSeconds += row.IdleSeconds;
        if (row.MaxSpeedKmh > (_maxSpeedKmh ?? double.MinValue)) _maxSpeedKmh = row.MaxSpeedKmh;
        _overspeedEvents += row.OverspeedEvents;
        _geofenceVisits += row.GeofenceVisits;
        _daysUsed += row.DaysUsed;
        _daysAvailable += row.DaysAvailable;
    }

    public IReadOnlyList<(string Column, object? Value)> Values =>
    [
        ("distanceKm", ReportLayouts.Km(_metres)),
        ("movingHours", ReportLayouts.Hours(_movingSeconds)),
        ("idleHours", ReportLayouts.Hours(_idleSeconds)),
        ("daysUsed", _daysUsed),
        ("daysAvailable", _daysAvailable),
        ("utilisationPercent", _daysAvailable == 0 ? null : Math.Round(100.0 * _daysUsed / _daysAvailable, 1)),
        ("maxSpeedKmh", ReportLayouts.Speed(_maxSpeedKmh)),
        ("overspeedEvents", _overspeedEvents),
        ("geofenceVisits", _geofenceVisits),
    ];
}
