using Npgsql;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Cluster;

/// <summary>
/// Two silo processes on a database of their own whose membership declares a killed silo dead within
/// seconds: the victim holds every vehicle of the company, takes the test's pings and is then killed;
/// the survivor holds the manager's session and dashboard and must take the victim's vehicles over.
/// </summary>
public sealed class SurvivorAndVictim : IAsyncDisposable
{
    private SurvivorAndVictim(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }

    public string ConnectionString => Database.ConnectionString;

    public SiloProcess Survivor { get; private set; } = null!;

    public SiloProcess Victim { get; private set; } = null!;

    public TestCompany Company { get; private set; } = null!;

    public FleetHttp.SignedIn Manager { get; private set; } = null!;

    public DashboardClient Dashboard { get; private set; } = null!;

    public static async Task<SurvivorAndVictim> StartAsync(string name, int vehicles, IDictionary<string, string> settings)
    {
        var pair = new SurvivorAndVictim(new TestDatabase(name));
        try
        {
            var clusterId = $"{name}-{Guid.NewGuid():N}";
            var environment = new Dictionary<string, string>(settings)
            {
                ["Orleans__Membership__ProbeTimeout"] = "00:00:01",
                ["Orleans__Membership__NumMissedProbesLimit"] = "2",
                ["Orleans__Membership__TableRefreshTimeout"] = "00:00:02",
            };
            pair.Victim = new SiloProcess(pair.ConnectionString, clusterId, environment);
            await pair.Victim.StartAsync();
            pair.Company = await TestCompanyFactory.CreateAsync(pair.ConnectionString, vehicles);
            await ActivateVehiclesAsync(pair.Victim, pair.Company);
            pair.Survivor = new SiloProcess(pair.ConnectionString, clusterId, environment);
            await pair.Survivor.StartAsync();
            pair.Manager = await FleetHttp.SignInAsync(pair.Survivor.BaseAddress, pair.Company.Email("manager"));
            pair.Dashboard = await DashboardClient.ConnectAsync(pair.Survivor.BaseAddress, pair.Manager.Cookies);
            return pair;
        }
        catch
        {
            await pair.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Activates every vehicle's grain while the victim is the only silo, so all of them live there. With
    /// both silos up, Orleans' default (resource-optimized) placement puts a new activation on whichever
    /// silo scores lower on CPU, memory and activation count, so the victim could hold all, some or none.
    /// Idle activations are not moved, so they stay on the victim when the survivor joins.
    /// </summary>
    private static async Task ActivateVehiclesAsync(SiloProcess victim, TestCompany company)
    {
        using var manager = await FleetHttp.SignInAsync(victim.BaseAddress, company.Email("manager"));
        await using var dashboard = await DashboardClient.ConnectAsync(victim.BaseAddress, manager.Cookies);
        var snapshot = await dashboard.GetSnapshotAsync();
        if (snapshot.Length != company.Vehicles.Count)
            throw new InvalidOperationException($"The victim answered for {snapshot.Length} of {company.Vehicles.Count} vehicles");
    }

    /// <summary>Each vehicle with a presence row and the port of the silo that watches it.</summary>
    public async Task<IReadOnlyList<(Guid VehicleId, int SiloPort)>> PresenceAsync()
    {
        await using var dataSource = NpgsqlDataSource.Create(ConnectionString);
        await using var command = dataSource.CreateCommand("SELECT vehicle_id, silo FROM vehicle_presence");
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(Guid, int)>();
        // A silo address reads "<ip>:<port>@<generation>".
        while (await reader.ReadAsync())
            rows.Add((reader.GetGuid(0), int.Parse(reader.GetString(1).Split('@')[0].Split(':')[^1], System.Globalization.CultureInfo.InvariantCulture)));
        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        if (Dashboard is not null) await Dashboard.DisposeAsync();
        Manager?.Dispose();
        if (Victim is not null) await Victim.DisposeAsync();
        if (Survivor is not null) await Survivor.DisposeAsync();
        await Database.DisposeAsync();
    }
}
