namespace TitanFleet.Api.Locations;

/// <summary>
/// Request-level limits of the ingestion endpoints. The per-position limits (speed, clock skew,
/// age) share the section but live in <see cref="TitanFleet.Grains.Telemetry.PositionLimits"/>, where the grains read them too.
/// </summary>
public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    public int MaxBatchSize { get; set; } = 1_000;
    public long MaxSingleBodyBytes { get; set; } = 16 * 1024;
    public long MaxBatchBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Requests a device (or a signed-in poster) may make per <see cref="DeviceFixPeriod"/>, on every ingestion path; a batch counts as one.</summary>
    public int DeviceFixPermits { get; set; } = 1;
    public TimeSpan DeviceFixPeriod { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Requests a device may make at once after being quiet (the token bucket's size).</summary>
    public int DeviceFixBurst { get; set; } = 10;

    /// <summary>OsmAnd requests with an unknown device id one client address may make per <see cref="UnknownDeviceWindow"/> before all its OsmAnd requests answer 429.</summary>
    public int UnknownDevicePermits { get; set; } = 10;
    public TimeSpan UnknownDeviceWindow { get; set; } = TimeSpan.FromMinutes(1);
}
