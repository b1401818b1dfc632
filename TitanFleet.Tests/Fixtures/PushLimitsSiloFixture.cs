namespace TitanFleet.Tests.Fixtures;

/// <summary>
/// One real silo with push limits a test can reach in seconds: a slow-client timeout long enough to
/// measure other companies' pushes while a dashboard is stuck yet short of SignalR's 30 s client
/// timeout, and a GetSnapshot bucket that does not refill during a test and is large enough for a
/// stuck test client to fill its buffers with snapshots.
/// </summary>
public sealed class PushLimitsSiloFixture : IAsyncLifetime
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    public static readonly TimeSpan SlowClientTimeout = TimeSpan.FromSeconds(6);
    public const int SnapshotBurst = 40;

    public string ConnectionString { get; } = TestPostgres.NewDatabase("pushlimits");

    public SiloProcess Silo { get; private set; } = null!;

    public Uri BaseAddress => Silo.BaseAddress;

    public Task<TestCompany> NewCompanyAsync(int vehicles = 2) => TestCompanyFactory.CreateAsync(ConnectionString, vehicles);

    public async Task InitializeAsync()
    {
        Silo = new SiloProcess(ConnectionString, $"pushlimits-{Guid.NewGuid():N}", new Dictionary<string, string>
        {
            ["Push__Interval"] = Interval.ToString(),
            ["Push__SlowClientTimeout"] = SlowClientTimeout.ToString(),
            ["Push__SnapshotBurst"] = SnapshotBurst.ToString(),
            ["Push__SnapshotPeriod"] = "00:10:00",
            // The tests' traffic posts a batch every push interval, faster than a device's default fix rate.
            ["Ingestion__DeviceFixPermits"] = "100",
            ["Ingestion__DeviceFixBurst"] = "100",
        });
        await Silo.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await Silo.DisposeAsync();
        await TestPostgres.DropDatabaseAsync(ConnectionString);
    }
}

[CollectionDefinition(Name)]
public sealed class PushLimitsSiloCollection : ICollectionFixture<PushLimitsSiloFixture>
{
    public const string Name = "push limits silo";
}
