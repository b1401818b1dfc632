using System.Net;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Security;

/// <summary>
/// Two companies on the shared in-process silo, A (whose records are probed) and B (the outsider),
/// with a caller of every role in each. Built once per silo and shared by the security suites:
/// the sign-ins (password hashing) are most of its cost.
/// </summary>
public sealed class SecurityWorld
{
    private static readonly ConditionalWeakTable<InProcessSiloFixture, Task<SecurityWorld>> Worlds = [];
    private readonly Dictionary<(TestCompany, CallerRole), Caller> _callers = [];

    private SecurityWorld(InProcessSiloFixture silo, TestCompany a, TestCompany b)
    {
        Silo = silo;
        A = a;
        B = b;
    }

    public InProcessSiloFixture Silo { get; }

    public TestCompany A { get; }

    public TestCompany B { get; }

    public Uri BaseAddress => Silo.BaseAddress;

    public static Task<SecurityWorld> ForAsync(InProcessSiloFixture silo) => Worlds.GetValue(silo, CreateAsync);

    private static async Task<SecurityWorld> CreateAsync(InProcessSiloFixture silo)
    {
        var world = new SecurityWorld(silo,
            await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 2),
            await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 2));
        foreach (var company in new[] { world.A, world.B })
        {
            SecurityRecords.Register(company, silo.ConnectionString);
            foreach (var role in CallerRoles.All) world._callers[(company, role)] = await world.NewCallerAsync(company, role);
        }
        return world;
    }

    public Caller Caller(TestCompany company, CallerRole role) => _callers[(company, role)];

    /// <summary>A caller with a session of its own, for operations that end the session they run in (logout).</summary>
    public async Task<Caller> NewCallerAsync(TestCompany company, CallerRole role)
    {
        if (!role.IsUser()) return new Caller(role, company, BaseAddress, null, role == CallerRole.Device ? company.Vehicles[0].DeviceToken : null);

        var cookies = new CookieContainer();
        using var client = LoopbackClients.Create(BaseAddress, cookies);
        using var response = await client.PostAsJsonAsync("/api/auth/login", new { email = company.Email(role.UserRole()), password = TestCompany.Password });
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Signing in as {role} answered {(int)response.StatusCode}");
        return new Caller(role, company, BaseAddress, cookies, null);
    }

    /// <summary>Every id and email of a company that another company must never be shown.</summary>
    public static IEnumerable<string> Secrets(TestCompany company) =>
        [
            company.CompanyId.ToString(),
            .. company.EmailsByRole.Values,
            .. company.Vehicles.SelectMany(v => new[] { v.VehicleId.ToString(), v.DeviceId.ToString(), v.DeviceUniqueId, v.Registration }),
            .. CallerRoles.Users.Select(role => SecurityRecords.UserId(company, role).ToString()),
            .. SecurityRecords.Made(company),
        ];
}
