using TitanFleet.Simulator.Cli;
using TitanFleet.Simulator.Load;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.LoadTest;

/// <summary>A few seconds of the simulator against a real silo: it posts without errors and its dashboards see the pushes. Not a benchmark.</summary>
[Collection(SingleSiloCollection.Name)]
public sealed class SimulatorSmokeTests(SingleSiloFixture fixture)
{
    // Each device may post once a second with a burst of 10. The plan and demo-shift smoke tests on this
    // silo post for demo vehicles 1-15, so these runs use vehicles of their own and find full buckets.
    public const int BatchRunFirstVehicle = 16;
    public const int LoadRunFirstVehicle = 21;

    [Fact]
    public async Task LoadRun_DemoDevicesWithDashboard_PostsAcceptedAndPushesDelivered()
    {
        var options = new LoadOptions(new CommonOptions(fixture.BaseAddress, TimeSpan.FromSeconds(3), 1_000, null),
            PostMode.Single, Vehicles: 5, First: LoadRunFirstVehicle, Interval: TimeSpan.FromMilliseconds(500), BatchSize: 1, Connections: 4, Dashboards: 1,
            Warmup: TimeSpan.FromSeconds(1));

        var report = await LoadRun.RunAsync(options, TextWriter.Null, CancellationToken.None);

        var posts = report.Operations[0];
        var pushes = report.Operations[1];
        Assert.Equal(0, posts.Errors);
        Assert.InRange(posts.Items, 20, 40);
        Assert.True(pushes.Items > 0, "the dashboard received no vehicle updates");
        Assert.InRange(pushes.LatencyMs.Max, 0, 5_000);
    }

    [Fact]
    public async Task LoadRun_BatchMode_AcceptsEveryPosition()
    {
        var options = new LoadOptions(new CommonOptions(fixture.BaseAddress, TimeSpan.FromSeconds(2), 20, null),
            PostMode.Batch, Vehicles: 5, First: BatchRunFirstVehicle, Interval: TimeSpan.Zero, BatchSize: 50, Connections: 2, Dashboards: 0, Warmup: TimeSpan.Zero);

        var report = await LoadRun.RunAsync(options, TextWriter.Null, CancellationToken.None);

        var posts = report.Operations[0];
        Assert.Equal(0, posts.Errors);
        Assert.Equal(posts.Requests * 50, posts.Items);
    }
}
