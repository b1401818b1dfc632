using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.TestingHost;
using TitanFleet.Grains.Events;
using TitanFleet.Silo.Database;
using TitanFleet.Silo.Hosting;

namespace TitanFleet.Tests.Fixtures;

/// <summary>An Orleans TestingHost cluster with the silo's own storage configuration on a fresh PostgreSQL database; the events it writes are heard by a <see cref="WrittenEventsSink"/>.</summary>
public sealed class GrainClusterFixture : IAsyncLifetime
{
    /// <summary>Short, so a test can see a ping write state without waiting the production 30 s.</summary>
    public static readonly TimeSpan PersistInterval = TimeSpan.FromMilliseconds(200);

    public string ConnectionString { get; } = TestPostgres.NewDatabase("grains");

    public TestCluster Cluster { get; private set; } = null!;

    public IServiceProvider SiloServices => ((InProcessSiloHandle)Cluster.Primary!).ServiceProvider;

    public async Task InitializeAsync()
    {
        await DatabaseMigrator.MigrateAsync(ConnectionString, NullLogger.Instance);
        var builder = new TestClusterBuilder(1);
        builder.ConfigureHostConfiguration(configuration =>
            configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Postgres"] = ConnectionString,
                ["VehicleLive:PersistInterval"] = PersistInterval.ToString(),
            }));
        builder.AddSiloBuilderConfigurator<FleetSiloConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        await TestPostgres.DropDatabaseAsync(ConnectionString);
    }

    public T GetSiloService<T>() where T : notnull => SiloServices.GetRequiredService<T>();

    private sealed class FleetSiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.AddFleetStorage(siloBuilder.Configuration.GetConnectionString("Postgres")!, siloBuilder.Configuration);
            siloBuilder.Services.AddSingleton<WrittenEventsSink>();
            siloBuilder.Services.AddSingleton<IFleetEventSink>(services => services.GetRequiredService<WrittenEventsSink>());
        }
    }
}

[CollectionDefinition(Name)]
public sealed class GrainClusterCollection : ICollectionFixture<GrainClusterFixture>
{
    public const string Name = "grain cluster";
}
