namespace TitanFleet.Grains.Telemetry;

/// <summary>
/// The limits a position must meet wherever it enters: the HTTP validators and the grains read the
/// same section, so a grain never stores what the API would refuse.
/// </summary>
public sealed class PositionLimits
{
    public const string Section = "Ingestion";

    public double MaxSpeedKmh { get; set; } = 250;
    public TimeSpan MaxFutureSkew { get; set; } = TimeSpan.FromMinutes(5);
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(7);
}
