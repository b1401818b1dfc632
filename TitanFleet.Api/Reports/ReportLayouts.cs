using TitanFleet.Grains.Reports;

namespace TitanFleet.Api.Reports;

/// <summary>
/// The reports' columns (utilisation in both groupings), in the order CSV writes them. Distances in km and durations in hours
/// (two decimals), speeds in km/h (one decimal), as a transport manager reads a report; the rest of the API keeps metres
/// and seconds. Columns added later go at the end, so a spreadsheet reading an earlier download's columns still finds them.
/// </summary>
public static class ReportLayouts
{
    public static readonly ReportLayout<ComplianceRow> Compliance = new("compliance",
    [
        new("day", r => r.Day),
        new("vehicleId", r => r.VehicleId),
        new("registration", r => r.Registration),
        new("depot", r => r.Depot),
        new("firstUseAt", r => r.FirstUseAt),
        new("firstCheckAt", r => r.FirstCheckAt),
        new("checkedBeforeFirstUse", r => r.CheckedBeforeFirstUse),
        new("nilDefectReports", r => r.NilDefectReports),
        new("defectReports", r => r.DefectReports),
        new("openMinorDefects", r => r.OpenMinorDefects),
        new("openDangerousDefects", r => r.OpenDangerousDefects),
        new("oldestOpenDefectAgeDays", r => r.OldestOpenDefectAgeDays),
        new("vor", r => r.OffRoad),
        new("remindersDueSoon", r => r.RemindersDueSoon),
        new("remindersOverdue", r => r.RemindersOverdue),
    ]);

    public static readonly ReportLayout<UtilisationRow> Utilisation = new("utilisation",
    [
        new("day", r => r.Day),
        .. UsageColumns<UtilisationRow>(r => new(r.VehicleId, r.Registration, r.Depot, r.DistanceMetres, r.MovingSeconds, r.IdleSeconds)),
        new("used", r => r.Used),
        new("available", r => r.Available),
        new("utilisationPercent", r => r.Available ? (r.Used ? 100.0 : 0.0) : null),
        .. RollupColumns<UtilisationRow>(r => new(r.MaxSpeedKmh, r.OverspeedEvents, r.GeofenceVisits, r.First, r.Last)),
    ], () => new UtilisationTotals());

    public static readonly ReportLayout<VehicleUtilisationRow> UtilisationByVehicle = new("utilisation",
    [
        .. UsageColumns<VehicleUtilisationRow>(r => new(r.VehicleId, r.Registration, r.Depot, r.DistanceMetres, r.MovingSeconds, r.IdleSeconds)),
        new("daysUsed", r => r.DaysUsed),
        new("daysAvailable", r => r.DaysAvailable),
        new("utilisationPercent", r => r.UtilisationPercent),
        .. RollupColumns<VehicleUtilisationRow>(r => new(r.MaxSpeedKmh, r.OverspeedEvents, r.GeofenceVisits, r.First, r.Last)),
    ], () => new VehicleUtilisationTotals());

    public static readonly ReportLayout<DriverReportRow> Drivers = new("drivers",
    [
        new("driverId", r => r.DriverId),
        new("driverName", r => r.DriverName),
        new("shifts", r => r.Shifts),
        new("checkedShifts", r => r.CheckedShifts),
        new("checkCompletionPercent", r => r.CheckCompletionPercent),
        new("daysDriven", r => r.DaysDriven),
        new("distanceKm", r => r.DistanceKm),
        new("drivingHours", r => Hours(r.DrivingSeconds)),
        new("otherWorkHours", r => Hours(r.OtherWorkSeconds)),
        new("overspeedEvents", r => r.OverspeedEvents),
        new("overspeedPer100Km", r => r.OverspeedPer100Km),
        new("hoursBreaches", r => r.HoursBreaches),
        new("geofenceVisits", r => r.GeofenceVisits),
        new("gpsDistanceKm", r => Km(r.GpsDistanceMetres)),
        new("movingHours", r => Hours(r.MovingSeconds)),
        new("idleHours", r => Hours(r.IdleSeconds)),
        new("maxSpeedKmh", r => Speed(r.MaxSpeedKmh)),
        .. FixColumns<DriverReportRow>("first", r => r.First),
        .. FixColumns<DriverReportRow>("last", r => r.Last),
    ]);

    public static double Km(double metres) => Math.Round(metres / 1000, 2);

    public static double Hours(long seconds) => Math.Round(seconds / 3600.0, 2);

    public static double? Speed(double? kmh) => kmh is { } value ? Math.Round(value, 1) : null;

    /// <summary>The vehicle and its use, alike in the per-day and per-vehicle utilisation shapes.</summary>
    private static ReportColumn<TRow>[] UsageColumns<TRow>(Func<TRow, VehicleUsage> usage) =>
    [
        new("vehicleId", r => usage(r).VehicleId),
        new("registration", r => usage(r).Registration),
        new("depot", r => usage(r).Depot),
        new("distanceKm", r => Km(usage(r).DistanceMetres)),
        new("movingHours", r => Hours(usage(r).MovingSeconds)),
        new("idleHours", r => Hours(usage(r).IdleSeconds)),
    ];

    /// <summary>The vehicle rollups' other figures, alike in both utilisation shapes: max speed, overspeeds, geofence visits, first and last fix.</summary>
    private static ReportColumn<TRow>[] RollupColumns<TRow>(Func<TRow, VehicleFigures> figures) =>
    [
        new("maxSpeedKmh", r => Speed(figures(r).MaxSpeedKmh)),
        new("overspeedEvents", r => figures(r).OverspeedEvents),
        new("geofenceVisits", r => figures(r).GeofenceVisits),
        .. FixColumns<TRow>("first", r => figures(r).First),
        .. FixColumns<TRow>("last", r => figures(r).Last),
    ];

    /// <summary>A fix as three columns (<c>firstFixAt</c>, <c>firstLatitude</c>, <c>firstLongitude</c>), empty without one.</summary>
    private static ReportColumn<TRow>[] FixColumns<TRow>(string prefix, Func<TRow, PositionFix?> fix) =>
    [
        new($"{prefix}FixAt", r => fix(r)?.At),
        new($"{prefix}Latitude", r => fix(r)?.Latitude),
        new($"{prefix}Longitude", r => fix(r)?.Longitude),
    ];

    private readonly record struct VehicleFigures(double? MaxSpeedKmh, long OverspeedEvents, long GeofenceVisits, PositionFix? First, PositionFix? Last);

    private readonly record struct VehicleUsage(Guid VehicleId, string Registration, string? Depot, double DistanceMetres, long MovingSeconds, long IdleSeconds);
}
