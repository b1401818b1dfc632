namespace TitanFleet.Grains.Vehicles;

public sealed class VehicleLiveOptions
{
    public const string Section = "VehicleLive";

    /// <summary>A vehicle with no ping for this long shows as offline.</summary>
    public TimeSpan OfflineAfter { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>At or above this speed a vehicle counts as moving.</summary>
    public double MovingSpeedKmh { get; set; } = 5;

    /// <summary>At most how often a ping writes changed live state to grain storage (positions are durable in history already); deactivation writes it too.</summary>
    public TimeSpan PersistInterval { get; set; } = TimeSpan.FromSeconds(30);
}
