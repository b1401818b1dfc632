using TitanFleet.Tests.Fixtures;
using YamlDotNet.RepresentationModel;

namespace TitanFleet.Tests.Ops;

public sealed class ComposeTests
{
    private static readonly YamlNode Compose = YamlFiles.Load("docker-compose.yml");

    private static readonly string[] SiloNames = ["silo1", "silo2"];

    public static TheoryData<string> Silos => new(SiloNames);

    [Theory]
    [InlineData("postgres")]
    [InlineData("silo1")]
    [InlineData("silo2")]
    public void Services_Compose_IncludeService(string service)
    {
        Assert.Contains(service, Compose.Keys("services"));
    }

    [Theory]
    [MemberData(nameof(Silos))]
    public void DependsOn_Silo_WaitsForHealthyPostgres(string silo)
    {
        var dependsOn = Compose.At("services", silo, "depends_on");

        if (dependsOn is YamlSequenceNode)
        {
            Assert.Fail($"{silo} lists depends_on without conditions: it would start before Postgres is ready");
        }

        Assert.Equal("service_healthy", dependsOn.Text("postgres", "condition"));
        Assert.NotNull(Compose.At("services", "postgres", "healthcheck", "test"));
    }

    [Theory]
    [MemberData(nameof(Silos))]
    public void Build_SiloContext_HoldsDockerfile(string silo)
    {
        var build = Compose.At("services", silo, "build");
        var context = build is YamlScalarNode scalar ? scalar.Value : build.Text("context");
        var dockerfile = build.Text("dockerfile") ?? "Dockerfile";

        Assert.NotNull(context);
        Assert.True(File.Exists(Path.Combine(RepoRoot.Combine(context), dockerfile)), $"{silo}: no {dockerfile} in build context {context}");
    }

    [Theory]
    [InlineData("Orleans__ClusterId")]
    [InlineData("Orleans__ServiceId")]
    [InlineData("ConnectionStrings__Postgres")]
    public void Environment_Silos_ShareClusterSetting(string variable)
    {
        var values = SiloNames.Select(silo => Environment(silo).GetValueOrDefault(variable)).ToList();

        Assert.All(values, value => Assert.False(string.IsNullOrWhiteSpace(value), $"a silo lacks {variable}"));
        Assert.Single(values.Distinct());
    }

    [Theory]
    [MemberData(nameof(Silos))]
    public void Environment_Silo_AdvertisesItsOwnNetworkAddress(string silo)
    {
        // The silo port listens on the advertised address only, so a silo advertising 127.0.0.1 is unreachable to the other.
        var advertised = Environment(silo).GetValueOrDefault("Orleans__AdvertisedAddress");
        var assigned = Compose.Keys("services", silo, "networks")
            .Select(network => Compose.Text("services", silo, "networks", network, "ipv4_address"))
            .FirstOrDefault(address => address is not null);

        Assert.False(string.IsNullOrWhiteSpace(advertised), $"{silo} sets no Orleans__AdvertisedAddress");
        Assert.Equal(assigned, advertised);
    }

    [Fact]
    public void Ports_Silos_PublishHttpOn8080And8081()
    {
        var published = SiloNames
            .SelectMany(silo => Compose.TextOrList("services", silo, "ports"))
            .Select(mapping => mapping.Split(':'))
            .Where(parts => parts.Length >= 2 && parts[^1] == "8080")
            .Select(parts => parts[^2])
            .Order(StringComparer.Ordinal);

        Assert.Equal(["8080", "8081"], published);
    }

    /// <summary>A service's environment, written as a mapping or as a list of KEY=value.</summary>
    private static Dictionary<string, string> Environment(string service)
    {
        var environment = Compose.At("services", service, "environment");
        return environment is YamlSequenceNode
            ? environment.TextOrList()
                .Select(entry => entry.Split('=', 2))
                .ToDictionary(parts => parts[0], parts => parts.Length > 1 ? parts[1] : "")
            : environment.Map().ToDictionary();
    }
}
