namespace TitanFleet.Grains.Vehicles;

public sealed class VehicleLiveOptions
{
    public const string Section = "VehicleLive";

    /// <summary>A vehicle with no ping for this long shows as offline.</summary>
    public TimeSpan OfflineAfter { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>At or above this speed a vehicle counts as moving.</summary>
    public double MovingSpeedKmh { get; set; } = 5;

    /// <summary>A moving vehicle counts as stopped only after its fixes stay below <see cref="MovingSpeedKmh"/> this long (fix time), so traffic lights do not flap.</summary>
    public TimeSpan StoppedAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Speed above the limit for at least this long (fix time) raises one overspeed event; one noisy fix never does.</summary>
    public TimeSpan OverspeedMinDuration { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How often each silo looks for vehicles whose last ping is older than <see cref="OfflineAfter"/>; an offline event comes at most this late.</summary>
    public TimeSpan OfflineSweepInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>At most how often a ping writes changed live state to grain storage (positions are durable in history already); deactivation writes it too.</summary>
    public TimeSpan PersistInterval { get; set; } = TimeSpan.FromSeconds(30);
}
