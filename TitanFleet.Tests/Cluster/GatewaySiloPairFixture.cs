using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Cluster;

/// <summary>
/// Two silo processes as in <see cref="TwoSiloFixture"/>, silo A with a gateway and an Orleans client
/// in the test process: how a test calls a grain method (such as ending every session of a user)
/// that no HTTP endpoint exposes yet, while the dashboards stay real SignalR clients of real silos.
/// </summary>
public sealed class GatewaySiloPairFixture : IAsyncLifetime
{
    private readonly string _clusterId = $"gateway-pair-{Guid.NewGuid():N}";
    private readonly int _gatewayPort = FreePort.Next();
    private IHost? _client;

    public string ConnectionString { get; } = TestPostgres.NewDatabase("gwpair");

    public SiloProcess SiloA { get; private set; } = null!;

    public SiloProcess SiloB { get; private set; } = null!;

    public IGrainFactory Grains => _client!.Services.GetRequiredService<IGrainFactory>();

    public Task<TestCompany> NewCompanyAsync(int vehicles) => TestCompanyFactory.CreateAsync(ConnectionString, vehicles);

    public async Task InitializeAsync()
    {
        SiloA = new SiloProcess(ConnectionString, _clusterId, new Dictionary<string, string>
        {
            ["Orleans__GatewayPort"] = _gatewayPort.ToString(CultureInfo.InvariantCulture),
        });
        await SiloA.StartAsync();
        SiloB = new SiloProcess(ConnectionString, _clusterId);
        await SiloB.StartAsync();

        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleansClient(client => client
            .UseStaticClustering(new IPEndPoint(IPAddress.Loopback, _gatewayPort))
            .Configure<ClusterOptions>(options =>
            {
                options.ClusterId = _clusterId;
                options.ServiceId = _clusterId;
            }));
        _client = builder.Build();
        await _client.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_client is not null)
        {
            await _client.StopAsync();
            _client.Dispose();
        }
        await SiloA.DisposeAsync();
        await SiloB.DisposeAsync();
        await TestPostgres.DropDatabaseAsync(ConnectionString);
    }
}

[CollectionDefinition(Name)]
public sealed class GatewaySiloPairCollection : ICollectionFixture<GatewaySiloPairFixture>
{
    public const string Name = "two silos with a gateway";
}
