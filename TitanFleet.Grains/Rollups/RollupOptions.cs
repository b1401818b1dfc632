namespace TitanFleet.Grains.Rollups;

public sealed class RollupOptions
{
    public const string Section = "Rollups";

    /// <summary>Maintain the vehicle daily rollups in every history commit; off only to measure what they cost.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Consecutive fixes further apart than this count as neither moving nor idle time (the device was off or out of coverage).</summary>
    public TimeSpan MaxGap { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>An interval counts as moving when its later fix's speed is at least this (the live moving rule's default).</summary>
    public double MovingSpeedKmh { get; set; } = 5;
}
