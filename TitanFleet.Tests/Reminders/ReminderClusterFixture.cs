using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Orleans.Reminders;
using Orleans.TestingHost;
using TitanFleet.Grains.Events;
using TitanFleet.Silo.Database;
using TitanFleet.Silo.Hosting;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Reminders;

/// <summary>
/// A one-silo TestingHost cluster on the silo's own storage (reminders in PostgreSQL) whose reminder
/// service, and so the reminders grain, runs on a fake clock the tests move; every fleet event the
/// silo publishes is recorded. The clock is the reminder subsystem's keyed TimeProvider only, so
/// membership and everything else keep real time.
/// </summary>
public sealed class ReminderClusterFixture : IAsyncLifetime
{
    /// <summary>Short, so escalation is a few days of fake time; the check period is long so the Orleans reminder's due time is the next change itself.</summary>
    public static readonly TimeSpan EscalateEvery = TimeSpan.FromDays(2);

    public static readonly TimeSpan CheckPeriod = TimeSpan.FromDays(30);

    public static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero));

    public static readonly ConcurrentQueue<FleetEvent> Published = new();

    public string ConnectionString { get; } = TestPostgres.NewDatabase("reminders");

    public TestCluster Cluster { get; private set; } = null!;

    public IServiceProvider SiloServices => ((InProcessSiloHandle)Cluster.Primary!).ServiceProvider;

    public IGrainFactory Grains => SiloServices.GetRequiredService<IGrainFactory>();

    public async Task InitializeAsync()
    {
        await DatabaseMigrator.MigrateAsync(ConnectionString, NullLogger.Instance);
        var builder = new TestClusterBuilder(1);
        builder.ConfigureHostConfiguration(configuration =>
            configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Postgres"] = ConnectionString,
                ["Reminders:EscalateEvery"] = EscalateEvery.ToString(),
                ["Reminders:CheckPeriod"] = CheckPeriod.ToString(),
            }));
        builder.AddSiloBuilderConfigurator<Configurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    /// <summary>Stops the silo and starts a new one on the same database and clock: a crash and restart as far as reminders go.</summary>
    public async Task RestartSiloAsync()
    {
        var old = Cluster.Primary!;
        await Cluster.RestartSiloAsync(old);
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        await TestPostgres.DropDatabaseAsync(ConnectionString);
    }

    public static IReadOnlyList<FleetEvent> EventsOf(Guid companyId) => [.. Published.Where(e => e.CompanyId == companyId)];

    private sealed class Configurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.AddFleetStorage(siloBuilder.Configuration.GetConnectionString("Postgres")!, siloBuilder.Configuration);
            siloBuilder.Services.AddKeyedSingleton<TimeProvider>(ReminderTimeProviderNames.Reminders, Clock);
            siloBuilder.Services.AddSingleton<IFleetEventSink, RecordingSink>();
        }
    }

    private sealed class RecordingSink : IFleetEventSink
    {
        public Task OnPublishedAsync(IReadOnlyList<FleetEvent> events)
        {
            foreach (var fleetEvent in events) Published.Enqueue(fleetEvent);
            return Task.CompletedTask;
        }
    }
}
