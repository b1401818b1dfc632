using TitanFleet.Api.Devices;
using TitanFleet.Silo.Demo;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Api.Devices;

/// <summary>The README promises every demo device's token is printed at start-up: the seeder prints each one.</summary>
public sealed class DemoDevicesTests
{
    [Fact]
    public async Task DemoSeed_ThreeVehicles_PrintsEveryDevicesTokenAndOsmAndId()
    {
        await using var database = new TestDatabase("demo");
        await using var silo = new SiloProcess(database.ConnectionString, $"demo-{Guid.NewGuid():N}",
            new Dictionary<string, string> { ["Demo__Seed"] = "true", ["Demo__Vehicles"] = "3" });

        await silo.StartAsync();

        var output = silo.RecentOutput;
        Assert.All([1, 2, 3], i =>
        {
            Assert.Contains(DeviceToken.Format(DemoFleet.DeviceId(i), DemoFleet.DeviceSecret(i)), output);
            Assert.Contains(DemoFleet.DeviceUniqueId(i), output);
        });
    }
}
