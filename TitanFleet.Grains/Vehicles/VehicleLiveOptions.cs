namespace TitanFleet.Grains.Vehicles;

public sealed class VehicleLiveOptions
{
    public const string Section = "VehicleLive";

    /// <summary>A vehicle with no ping for this long shows as offline.</summary>
    public TimeSpan OfflineAfter { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>At or above this speed a vehicle counts as moving.</summary>
    public double MovingSpeedKmh { get; set; } = 5;

    /// <summary>How often changed live state is written to grain storage (positions are durable in history already).</summary>
    public TimeSpan PersistInterval { get; set; } = TimeSpan.FromSeconds(30);
}
