namespace TitanFleet.Tests.Fixtures;

/// <summary>One real silo on a fresh database with the demo seed; shared by a collection. Tests make their own companies.</summary>
public sealed class SingleSiloFixture : IAsyncLifetime
{
    public string ConnectionString { get; } = TestPostgres.NewDatabase("single");

    public SiloProcess Silo { get; private set; } = null!;

    public Uri BaseAddress => Silo.BaseAddress;

    public Task<TestCompany> NewCompanyAsync(int vehicles = 2) => TestCompanyFactory.CreateAsync(ConnectionString, vehicles);

    public async Task InitializeAsync()
    {
        Silo = new SiloProcess(ConnectionString, $"single-{Guid.NewGuid():N}", new Dictionary<string, string>
        {
            ["Demo__Seed"] = "true",
            // Shift tests see driving end at the first slow fix; the stop hysteresis has its own tests (VehicleTrackTests, MotionEventsTests).
            ["VehicleLive__StoppedAfter"] = "00:00:00",
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
public sealed class SingleSiloCollection : ICollectionFixture<SingleSiloFixture>
{
    public const string Name = "single silo";
}
