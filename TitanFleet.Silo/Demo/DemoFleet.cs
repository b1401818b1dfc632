namespace TitanFleet.Silo.Demo;

/// <summary>
/// The demo company's fixed identities. Ids and device secrets are constants so the printed logins
/// and device tokens stay valid across restarts; they are demo data, never production credentials.
/// </summary>
public static class DemoFleet
{
    public static readonly Guid CompanyId = Guid.Parse("7f3c2a10-0d5e-4b7a-9a61-2f4b8c1d0001");
    public const string CompanyName = "Demo Haulage Ltd";
    public const string Password = "TitanDemo!2026";
    public const string EmailDomain = "demo.titanfleet.test";

    public static readonly (string Role, string Name)[] Users =
    [
        ("admin", "Alex Admin"),
        ("manager", "Morgan Manager"),
        ("mechanic", "Mel Mechanic"),
        ("driver", "Dana Driver"),
    ];

    public static string Email(string role) => $"{role}@{EmailDomain}";

    public static Guid UserId(int index) => Guid.Parse($"7f3c2a10-0d5e-4b7a-9a61-2f4b8c1d1{index:D3}");

    public static Guid VehicleId(int index) => Guid.Parse($"7f3c2a10-0d5e-4b7a-9a61-2f4b8c1d2{index:D3}");

    public static Guid DeviceId(int index) => Guid.Parse($"7f3c2a10-0d5e-4b7a-9a61-2f4b8c1d3{index:D3}");

    public static string DeviceUniqueId(int index) => $"demo-{index:D3}";

    public static string DeviceSecret(int index) => $"demo-device-secret-{index:D3}";

    /// <summary>GB-style registrations: two letters, two-digit age identifier, three letters.</summary>
    public static string Registration(int index)
    {
        const string letters = "ABCDEFGHJKLMNOPRSTUVWXY";
        var area = $"{letters[index % letters.Length]}{letters[(index / letters.Length + 3) % letters.Length]}";
        var tail = $"{letters[(index * 7) % letters.Length]}{letters[(index * 11 + 5) % letters.Length]}{letters[(index * 13 + 9) % letters.Length]}";
        return $"{area}{(index % 2 == 0 ? 24 : 73)} {tail}";
    }

    public static string VehicleType(int index) => (index % 5) switch { 0 => "van", 1 => "psv", _ => "hgv" };
}
