namespace TitanFleet.Grains.Vehicles;

public sealed class VehicleStateWriteOptions
{
    public const string Section = "VehicleStateWrites";

    /// <summary>Most vehicle states written by one grouped upsert; the rest wait for the next group.</summary>
    public int MaxGroupRows { get; set; } = 5_000;

    /// <summary>
    /// States queued before a periodic write is skipped (the vehicle stays dirty and tries again when
    /// next due) and deactivation or binding writes wait: memory stays bounded when PostgreSQL falls behind.
    /// </summary>
    public int QueueCapacity { get; set; } = 100_000;
}
