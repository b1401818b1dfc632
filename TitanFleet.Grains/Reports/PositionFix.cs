namespace TitanFleet.Grains.Reports;

/// <summary>A stored fix a report names (a day's or a range's first or last position): when and where, in UTC and degrees.</summary>
public sealed record PositionFix(DateTimeOffset At, double Latitude, double Longitude);
