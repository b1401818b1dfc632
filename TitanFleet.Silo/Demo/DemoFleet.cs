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

    /// <summary>
    /// Users only the load plan signs in, once, for its long-lived sessions (dashboard, phone,
    /// workshop). The authentication journey signs the users above in hundreds of times, and each
    /// user keeps at most 50 sessions, so sharing them would end the plan's sessions under it.
    /// </summary>
    public static readonly (string Role, string Name)[] PlanUsers =
    [
        ("manager", "Pat Plan-Manager"),
        ("driver", "Pat Plan-Driver"),
        ("mechanic", "Pat Plan-Mechanic"),
    ];

    public static string Email(string role) => $"{role}@{EmailDomain}";

    public static string PlanEmail(string role) => $"plan-{role}@{EmailDomain}";

    /// <summary>Shift driver <paramref name="index"/> (1-based, seeded with <see cref="DemoOptions.Drivers"/>): drives demo vehicle <paramref name="index"/> in load runs.</summary>
    public static string ShiftDriverEmail(int index) => $"driver-{index:D5}@{EmailDomain}";

    public static Guid UserId(int index) => Id(1, index);

    public static Guid ShiftDriverId(int index) => Id(4, index);

    public static Guid VehicleId(int index) => Id(2, index);

    public static Guid DeviceId(int index) => Id(3, index);

    public static Guid GeofenceId(int index) => Id(7, index);

    /// <summary>Reminder <paramref name="slot"/> (0-7) of demo vehicle <paramref name="vehicleIndex"/>.</summary>
    public static Guid ReminderId(int vehicleIndex, int slot) => Id(8, vehicleIndex * 8 + slot);

    /// <summary>
    /// Indexes below 1,000 keep their original ids (…2f4b8c1d{kind}{index:D3}); larger demo fleets
    /// (load tests seed 10,000) use …2f4b8{kind}{index:D6}, whose sixth digit can never be the 'c' of the short form.
    /// </summary>
    private static Guid Id(int kind, int index) => index < 1_000
        ? Guid.Parse($"7f3c2a10-0d5e-4b7a-9a61-2f4b8c1d{kind}{index:D3}")
        : Guid.Parse($"7f3c2a10-0d5e-4b7a-9a61-2f4b8{kind}{index:D6}");

    public static string DeviceUniqueId(int index) => $"demo-{index:D3}";

    public static string DeviceSecret(int index) => $"demo-device-secret-{index:D3}";

    /// <summary>
    /// GB-style registrations: two letters, two-digit age identifier, three letters. Area and age
    /// repeat every 1,058 indexes, so the repeat count shifts the tail letters: unique past 12 million.
    /// </summary>
    public static string Registration(int index)
    {
        const string letters = "ABCDEFGHJKLMNOPRSTUVWXY";
        var n = letters.Length;
        var repeat = index / 1_058;
        var area = $"{letters[index % n]}{letters[(index / n + 3) % n]}";
        var tail = $"{letters[(index * 7 + repeat) % n]}{letters[(index * 11 + 5 + repeat / n) % n]}{letters[(index * 13 + 9 + repeat / (n * n)) % n]}";
        return $"{area}{(index % 2 == 0 ? 24 : 73)}{tail}";
    }

    public static string VehicleType(int index) => (index % 5) switch { 0 => "van", 1 => "psv", _ => "hgv" };
}
