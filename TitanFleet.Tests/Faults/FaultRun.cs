using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Faults;

/// <summary>
/// One scenario's moving parts: a cluster of silo processes, a company whose phones post through
/// every silo with retries, and dashboards spread over the silos that roam when theirs goes away.
/// </summary>
public sealed class FaultRun : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly List<RoamingDashboard> _dashboards = [];
    private RetryingPositionClient? _client;
    private Task _load = Task.CompletedTask;

    private FaultRun(FaultCluster cluster, FaultRunSettings settings)
    {
        Cluster = cluster;
        Settings = settings;
    }

    public FaultCluster Cluster { get; }

    public FaultRunSettings Settings { get; }

    public FaultLedger Ledger { get; } = new();

    public TestCompany Company { get; private set; } = null!;

    public FleetHttp.SignedIn Manager { get; private set; } = null!;

    public IReadOnlyList<RoamingDashboard> Dashboards => _dashboards;

    /// <summary>Starts <paramref name="silos"/> silos on the database, then the load and the dashboards.</summary>
    public static async Task<FaultRun> StartAsync(string connectionString, int silos, FaultRunSettings settings)
    {
        var run = new FaultRun(new FaultCluster(connectionString), settings);
        try
        {
            await run.Cluster.StartAsync(silos);
            run.Company = await TestCompanyFactory.CreateAsync(connectionString, settings.Vehicles);
            run.Manager = await FleetHttp.SignInAsync(run.Cluster.Silos[0].BaseAddress, run.Company.Email("manager"));
            foreach (var (silo, index) in run.Cluster.Silos.Select((s, i) => (s, i)))
            {
                for (var d = 0; d < settings.DashboardsPerSilo; d++)
                    run._dashboards.Add(await RoamingDashboard.ConnectAsync(run.Cluster, run.Manager.Cookies, silo, index + d));
            }
            run._client = new RetryingPositionClient(run.Cluster, run.Company, run.Ledger, settings.Interval);
            run._load = run._client.RunAsync(run._stop.Token);
            return run;
        }
        catch
        {
            await run.DisposeAsync();
            throw;
        }
    }

    public Task LoadPhaseAsync() => Task.Delay(Settings.LoadPhase);

    /// <summary>Stops posting new fixes and waits for those in flight to be acknowledged or given up.</summary>
    public async Task StopLoadAsync()
    {
        await _stop.CancelAsync();
        await _load;
    }

    public Task<HistoryAudit> AuditAsync() => HistoryAudit.RunAsync(Cluster.ConnectionString, Company.CompanyId, Ledger.Acked);

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested) await _stop.CancelAsync();
        await _load.ContinueWith(_ => { }, TaskScheduler.Default);
        foreach (var dashboard in _dashboards) await dashboard.DisposeAsync();
        _client?.Dispose();
        (Manager as IDisposable)?.Dispose();
        await Cluster.DisposeAsync();
        _stop.Dispose();
    }
}
