namespace TitanFleet.Simulator.Fleet;

/// <summary>
/// The seeded demo company's identities, formatted exactly as TitanFleet.Silo/Demo/DemoFleet.cs and
/// TitanFleet.Api/Devices/DeviceToken.cs do. Kept here so the simulator stays a plain HTTP client
/// with no reference to the silo; a test in TitanFleet.Tests/LoadTest holds the two in step.
/// </summary>
public static class DemoIdentities
{
    public const string Password = "TitanDemo!2026";

    public static string Email(string role) => $"{role}@demo.titanfleet.test";

    /// <summary>The users only the load plan signs in (once, for its shared sessions); the authentication journey never uses them.</summary>
    public static string PlanEmail(string role) => $"plan-{role}@demo.titanfleet.test";

    /// <summary>Shift driver <paramref name="index"/>, seeded with Demo__Drivers, who drives demo vehicle <paramref name="index"/>.</summary>
    public static string ShiftDriverEmail(int index) => $"driver-{index:D5}@demo.titanfleet.test";

    public static Guid VehicleId(int index) => Id(2, index);

    public static Guid DeviceId(int index) => Id(3, index);

    public static string DeviceToken(int index) => $"tfd_{DeviceId(index):N}_demo-device-secret-{index:D3}";

    public static string OsmAndId(int index) => $"demo-{index:D3}";

    public static string VehicleType(int index) => (index % 5) switch { 0 => "van", 1 => "psv", _ => "hgv" };

    private static Guid Id(int kind, int index) => index < 1_000
        ? Guid.Parse($"7f3c2a10-0d5e-4b7a-9a61-2f4b8c1d{kind}{index:D3}")
        : Guid.Parse($"7f3c2a10-0d5e-4b7a-9a61-2f4b8{kind}{index:D6}");
}
