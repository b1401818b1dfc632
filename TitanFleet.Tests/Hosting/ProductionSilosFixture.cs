using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Hosting;

/// <summary>
/// Two real silos run as Production on one fresh database, each with a key-ring certificate made for
/// the test: <see cref="Direct"/> trusts no proxy, <see cref="BehindProxy"/> trusts 127.0.0.1 as its
/// ingress and lets 10.0.0.0/8 see the ops surfaces.
/// </summary>
public sealed class ProductionSilosFixture : IAsyncLifetime
{
    public const string OpsNetwork = "10.0.0.0/8";

    public string ConnectionString { get; } = TestPostgres.NewDatabase("production");

    public SiloProcess Direct { get; private set; } = null!;

    public SiloProcess BehindProxy { get; private set; } = null!;

    public static Dictionary<string, string> ProductionSettings(string certificate) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["DataProtection__Certificate"] = certificate,
        ["DataProtection__CertificatePassword"] = TestCertificate.Password,
        ["Demo__Seed"] = "true",
        ["Demo__Vehicles"] = "1",
    };

    public async Task InitializeAsync()
    {
        var certificate = TestCertificate.Base64Pfx();
        Direct = new SiloProcess(ConnectionString, $"prod-direct-{Guid.NewGuid():N}", ProductionSettings(certificate));
        await Direct.StartAsync();
        var behindProxy = ProductionSettings(certificate);
        behindProxy["ForwardedHeaders__KnownProxies__0"] = "127.0.0.1";
        behindProxy["Operations__AllowedNetworks__0"] = OpsNetwork;
        BehindProxy = new SiloProcess(ConnectionString, $"prod-proxy-{Guid.NewGuid():N}", behindProxy);
        await BehindProxy.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (BehindProxy is not null) await BehindProxy.DisposeAsync();
        if (Direct is not null) await Direct.DisposeAsync();
        await TestPostgres.DropDatabaseAsync(ConnectionString);
    }
}

[CollectionDefinition(Name)]
public sealed class ProductionSilosCollection : ICollectionFixture<ProductionSilosFixture>
{
    public const string Name = "production silos";
}
