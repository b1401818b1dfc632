namespace TitanFleet.Tests.Fixtures;

/// <summary>Two silo processes clustered through one PostgreSQL database, as ops scale out.</summary>
public sealed class TwoSiloFixture : IAsyncLifetime
{
    private readonly string _clusterId = $"pair-{Guid.NewGuid():N}";

    public string ConnectionString { get; } = TestPostgres.NewDatabase("pair");

    public SiloProcess SiloA { get; private set; } = null!;

    public SiloProcess SiloB { get; private set; } = null!;

    public Task<TestCompany> NewCompanyAsync(int vehicles) => TestCompanyFactory.CreateAsync(ConnectionString, vehicles);

    public async Task InitializeAsync()
    {
        SiloA = new SiloProcess(ConnectionString, _clusterId);
        await SiloA.StartAsync();
        SiloB = new SiloProcess(ConnectionString, _clusterId);
        await SiloB.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await SiloA.DisposeAsync();
        await SiloB.DisposeAsync();
        await TestPostgres.DropDatabaseAsync(ConnectionString);
    }
}

[CollectionDefinition(Name)]
public sealed class TwoSiloCollection : ICollectionFixture<TwoSiloFixture>
{
    public const string Name = "two silos";
}
