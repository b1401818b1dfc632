using CsCheck;
using TitanFleet.Grains.Rollups;
using TitanFleet.Grains.Telemetry;

namespace TitanFleet.Tests.Rollups;

/// <summary>
/// Issue 13's rule for the rollups the group commit keeps: exact for the data received, whatever the
/// order of arrival. Each sample is one vehicle's fixes around a London midnight (some at the same
/// instant from another source, some gaps over MaxGap), sent in a random order in groups of random
/// size, each group written by the batched INSERT or by COPY at random; the stored rows must equal a fold
/// of all the fixes from scratch.
/// </summary>
[Collection(RollupCollection.Name)]
public sealed class VehicleRollupPropertyTests(RollupFixture fixture)
{
    // 23:00 UTC is midnight in London on 20 October 2026 (BST), so samples cross from the 20th to the 21st.
    private static readonly DateTimeOffset Start = new(2026, 10, 20, 22, 40, 0, TimeSpan.Zero);

    private static readonly Gen<(int Gap, double Latitude, double Longitude, double? Speed)> AnyFix = Gen.Select(
        Gen.Frequency((1, Gen.Const(0)), (6, Gen.Int[1, 120]), (1, Gen.Int[301, 900])),
        Gen.Double[51.49, 51.51],
        Gen.Double[-0.11, -0.09],
        Gen.Frequency((1, Gen.Const((double?)null)), (1, Gen.Const((double?)0)), (4, Gen.Double[1, 120].Select(s => (double?)Math.Round(s, 1)))));

    private static readonly Gen<((int Gap, double Latitude, double Longitude, double? Speed)[] Fixes, int[] Order, bool[] Cuts, bool[] ByCopy)> AnySample =
        Gen.Int[2, 16].SelectMany(count => Gen.Select(AnyFix.Array[count], Gen.Int.Array[count], Gen.Bool.Array[count], Gen.Bool.Array[count]));

    [Fact]
    public async Task AppendAsync_AnyArrivalOrderInAnyGroups_EqualsFoldFromScratch()
    {
        var (company, _, _) = await fixture.NewCompanyAsync();
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

        await AnySample.SampleAsync(async sample =>
        {
            var vehicle = Guid.NewGuid();
            var at = Start;
            var fixes = new List<PositionReport>();
            foreach (var (gap, latitude, longitude, speed) in sample.Fixes)
            {
                at = at.AddSeconds(gap);
                fixes.Add(VehicleRollupTests.Fix(company, vehicle, Guid.NewGuid(), at, latitude, longitude, speed));
            }
            var arrival = fixes.Zip(sample.Order).OrderBy(p => p.Second).Select(p => p.First).ToList();
            var group = new List<PositionReport>();
            for (var i = 0; i < arrival.Count; i++)
            {
                group.Add(arrival[i]);
                if (!sample.Cuts[i] && i < arrival.Count - 1) continue;
                await (sample.ByCopy[i] ? fixture.CopyHistory : fixture.History).AppendAsync([.. group]);
                group.Clear();
            }

            var scratch = VehicleDayFold.Fold(
                null, fixes.Select(p => new RollupFix(p.FixTime, p.SourceId, p.Latitude, p.Longitude, p.SpeedKmh)).Order(Comparer<RollupFix>.Create(RollupFix.Compare)),
                zone, fixture.Options);
            var expected = scratch.Values.Select(t => new VehicleRollupRow(
                t.Day, t.FixCount, t.DistanceMetres, t.MovingSeconds, t.IdleSeconds, t.MaxSpeedKmh, 0, 0,
                t.First?.At, t.First?.Latitude, t.Last?.At, t.Last?.Latitude)).ToList();
            RollupRows.AssertSame(expected, await RollupRows.VehicleAsync(fixture.DataSource, company, vehicle));
        }, iter: 40, threads: 1);
    }
}
