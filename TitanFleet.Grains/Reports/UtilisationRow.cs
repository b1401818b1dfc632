namespace TitanFleet.Grains.Reports;

/// <summary>
/// One vehicle's day of use: used when it moved at all; available unless off road or retired (a day it moved counts).
/// Max speed and the first and last positions are null on a day without fixes.
/// </summary>
public sealed record UtilisationRow(
    DateOnly Day,
    Guid VehicleId,
    string Registration,
    string? Depot,
    double DistanceMetres,
    int MovingSeconds,
    int IdleSeconds,
    bool OffRoad,
    double? MaxSpeedKmh,
    int OverspeedEvents,
    int GeofenceVisits,
    PositionFix? First,
    PositionFix? Last)
{
    public bool Used => DistanceMetres > 0 || MovingSeconds > 0;

    public bool Available => Used || !OffRoad;
}
