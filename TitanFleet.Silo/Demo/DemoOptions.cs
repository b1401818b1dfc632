namespace TitanFleet.Silo.Demo;

public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Seed the demo company, users, vehicles and devices at start-up (idempotent).</summary>
    public bool Seed { get; set; }

    public int Vehicles { get; set; } = 25;
}
