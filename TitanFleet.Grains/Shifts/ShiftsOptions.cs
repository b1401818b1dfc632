namespace TitanFleet.Grains.Shifts;

public sealed class ShiftsOptions
{
    public const string Section = "Shifts";

    /// <summary>How recent another driver's walkaround check of a vehicle must be for a driver to start a shift on it without checking it again.</summary>
    public TimeSpan CheckReuseWindow { get; set; } = TimeSpan.FromHours(2);
}
