using System.Collections.Concurrent;
using System.Diagnostics;
using Npgsql;
using TitanFleet.Grains.Telemetry;

namespace TitanFleet.Tests.Rollups;

/// <summary>
/// The group commit's statements per group, counted as Npgsql's traced operations on this fixture's
/// database (a batch is one operation and one round trip; BEGIN travels with the first and COMMIT
/// inside the last, so neither is one of its own). Round trips, each waiting for a CPU the silo and
/// PostgreSQL share, were the cost of a cold single post (BENCHMARKS.md, issue 12).
/// </summary>
[Collection(RollupCollection.Name)]
public sealed class GroupCommitRoundTripTests(RollupFixture fixture)
{
    private static readonly DateTimeOffset Morning = new(2026, 10, 21, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task AppendAsync_SmallGroupInOrder_TwoRoundTrips()
    {
        var (company, vehicle, _) = await fixture.NewCompanyAsync();
        var source = Guid.NewGuid();
        await fixture.History.AppendAsync([VehicleRollupTests.Fix(company, vehicle, source, Morning, 51.50, -0.10, 30)]);

        var operations = await CountOperationsAsync(() => fixture.History.AppendAsync(
            [VehicleRollupTests.Fix(company, vehicle, source, Morning.AddSeconds(30), 51.51, -0.10, 30)]));

        Assert.Equal(2, operations);
    }

    [Fact]
    public async Task AppendAsync_SmallGroupWithLateFix_ThreeRoundTrips()
    {
        var (company, vehicle, _) = await fixture.NewCompanyAsync();
        var source = Guid.NewGuid();
        await fixture.History.AppendAsync([VehicleRollupTests.Fix(company, vehicle, source, Morning.AddMinutes(1), 51.50, -0.10, 30)]);

        var operations = await CountOperationsAsync(() => fixture.History.AppendAsync(
            [VehicleRollupTests.Fix(company, vehicle, source, Morning, 51.51, -0.10, 30)]));

        Assert.Equal(3, operations);
    }

    private async Task<int> CountOperationsAsync(Func<Task> act)
    {
        var database = new NpgsqlConnectionStringBuilder(fixture.ConnectionString).Database!;
        var seen = new ConcurrentQueue<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                if (activity.TagObjects.Any(tag => Equals(tag.Value, database))) seen.Enqueue(activity.DisplayName);
            },
        };
        ActivitySource.AddActivityListener(listener);
        await act();
        return seen.Count;
    }
}
