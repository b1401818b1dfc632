using System.Collections.Concurrent;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Faults;

/// <summary>
/// Silo processes on 127.0.0.1, each with its own ports, clustered through one PostgreSQL database.
/// Clients pick from <see cref="Silos"/> (every silo ever started, in order) and skip one for a
/// moment after it fails, as a client with a fixed address list and a short circuit breaker does.
/// </summary>
public sealed class FaultCluster(string connectionString, IDictionary<string, string>? settings = null) : IAsyncDisposable
{
    private static readonly TimeSpan DownFor = TimeSpan.FromSeconds(2);
    private readonly ConcurrentDictionary<int, DateTimeOffset> _downUntil = new();
    private readonly Lock _gate = new();
    private readonly List<SiloProcess> _silos = [];
    private int _named;

    public string ConnectionString { get; } = connectionString;

    public string ClusterId { get; } = $"faults-{Guid.NewGuid():N}";

    /// <summary>Settings every harness silo gets: the load posts faster than a phone's default fix rate, and state is written only on deactivation.</summary>
    public static Dictionary<string, string> HarnessSettings(string siloName) => new()
    {
        ["Ingestion__DeviceFixPermits"] = "100",
        ["Ingestion__DeviceFixBurst"] = "100",
        // Only a graceful deactivation writes state during a run, so "state persisted on SIGTERM" is observable.
        ["VehicleLive__PersistInterval"] = "01:00:00",
        ["Orleans__SiloName"] = siloName,
        ["Logging__LogLevel__Orleans.Runtime.MembershipService"] = "Information",
        ["Logging__LogLevel__TitanFleet.Silo.Hosting"] = "Information",
    };

    public IReadOnlyList<SiloProcess> Silos
    {
        get
        {
            lock (_gate) return [.. _silos];
        }
    }

    public async Task StartAsync(int count)
    {
        // The first silo migrates the fresh database; the others then start together.
        await AddAsync();
        await Task.WhenAll(Enumerable.Range(1, count - 1).Select(_ => AddAsync()));
    }

    /// <summary>Starts one more silo; clients use it once it is ready.</summary>
    public Task<SiloProcess> AddAsync()
    {
        var environment = HarnessSettings($"faults-silo-{Interlocked.Increment(ref _named)}");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) environment[key] = value;
        return StartAsync(new SiloProcess(ConnectionString, ClusterId, environment));
    }

    /// <summary>
    /// Starts <paramref name="crashed"/>'s configuration (and silo name) again on new ports; clients use
    /// it once it is ready. TITANFLEET_FAULTS_RESTART_AS=name restarts it under another name instead,
    /// which is how the cluster behaved before a restarted silo superseded its old incarnation.
    /// </summary>
    public Task<SiloProcess> RestartOnOtherPortsAsync(SiloProcess crashed) => StartAsync(crashed.SameSiloOnOtherPorts(
        Environment.GetEnvironmentVariable("TITANFLEET_FAULTS_RESTART_AS") is { Length: > 0 } name ? new Dictionary<string, string> { ["Orleans__SiloName"] = name } : null));

    /// <summary>The silo to try for attempt <paramref name="attempt"/> of caller <paramref name="caller"/>, skipping any marked down.</summary>
    public SiloProcess Pick(int caller, int attempt)
    {
        var silos = Silos;
        var now = DateTimeOffset.UtcNow;
        var up = silos.Where(s => !_downUntil.TryGetValue(s.HttpPort, out var until) || until < now).ToList();
        var from = up.Count > 0 ? up : silos;
        return from[(caller + attempt) % from.Count];
    }

    public void MarkDown(SiloProcess silo) => _downUntil[silo.HttpPort] = DateTimeOffset.UtcNow + DownFor;

    private async Task<SiloProcess> StartAsync(SiloProcess silo)
    {
        try
        {
            await silo.StartAsync();
        }
        catch
        {
            await silo.DisposeAsync();
            throw;
        }
        lock (_gate) _silos.Add(silo);
        return silo;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var silo in Silos) await silo.DisposeAsync();
    }
}
