namespace TitanFleet.Silo.Demo;

public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Seed the demo company, users, vehicles and devices at start-up (idempotent).</summary>
    public bool Seed { get; set; }

    public int Vehicles { get; set; } = 25;

    /// <summary>Driver users driver-00001@… to seed for load runs with drivers on shift (one per demo vehicle, from vehicle 1).</summary>
    public int Drivers { get; set; }
}
