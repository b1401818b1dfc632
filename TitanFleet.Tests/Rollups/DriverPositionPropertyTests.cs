using CsCheck;
using TitanFleet.Grains.Telemetry;

namespace TitanFleet.Tests.Rollups;

/// <summary>
/// Issue 13's rule for the drivers' positions: exact for the data received, whatever the order of arrival.
/// Each sample is one shift (10:00 UTC for 1 to 40 minutes) and its vehicle's fixes from 09:58 on, some
/// outside the shift, sent in a random order in random groups (batched INSERT or COPY), with the shift's
/// timesheet written at a random point among them; the driver's rows must equal a fold of the fixes inside
/// the shift from scratch.
/// </summary>
[Collection(RollupCollection.Name)]
public sealed class DriverPositionPropertyTests(RollupFixture fixture)
{
    private static readonly DateTimeOffset ShiftStart = new(2026, 10, 21, 10, 0, 0, TimeSpan.Zero);

    private static readonly Gen<(int Gap, double Latitude, double Longitude, double? Speed)> AnyFix = Gen.Select(
        Gen.Frequency((1, Gen.Const(0)), (6, Gen.Int[1, 120]), (1, Gen.Int[301, 900])),
        Gen.Double[51.49, 51.51],
        Gen.Double[-0.11, -0.09],
        Gen.Frequency((1, Gen.Const((double?)null)), (1, Gen.Const((double?)0)), (4, Gen.Double[1, 120].Select(s => (double?)Math.Round(s, 1)))));

    private static readonly Gen<((int Gap, double Latitude, double Longitude, double? Speed)[] Fixes, int[] Order, bool[] Cuts, bool[] ByCopy, int EndAfter, int Minutes)> AnySample =
        Gen.Int[2, 16].SelectMany(count => Gen.Select(
            AnyFix.Array[count], Gen.Int.Array[count], Gen.Bool.Array[count], Gen.Bool.Array[count], Gen.Int[0, count], Gen.Int[1, 40]));

    [Fact]
    public async Task AppendAndRecord_AnyArrivalOrderOfFixesAndShiftEnd_EqualsFoldFromScratch()
    {
        await AnySample.SampleAsync(async sample =>
        {
            var (company, vehicle, driver) = await fixture.NewCompanyAsync();
            var at = ShiftStart.AddMinutes(-2);
            var fixes = new List<PositionReport>();
            foreach (var (gap, latitude, longitude, speed) in sample.Fixes)
            {
                at = at.AddSeconds(gap);
                fixes.Add(VehicleRollupTests.Fix(company, vehicle, Guid.NewGuid(), at, latitude, longitude, speed));
            }
            var ended = ShiftStart.AddMinutes(sample.Minutes);
            var arrival = fixes.Zip(sample.Order).OrderBy(p => p.Second).Select(p => p.First).ToList();
            var group = new List<PositionReport>();
            for (var i = 0; i < arrival.Count; i++)
            {
                if (i == sample.EndAfter) await RecordAsync(company, driver, vehicle, ended);
                group.Add(arrival[i]);
                if (!sample.Cuts[i] && i < arrival.Count - 1 && i + 1 != sample.EndAfter) continue;
                await (sample.ByCopy[i] ? fixture.CopyHistory : fixture.History).AppendAsync([.. group]);
                group.Clear();
            }
            if (sample.EndAfter == arrival.Count) await RecordAsync(company, driver, vehicle, ended);

            var inside = fixes.Where(f => f.FixTime >= ShiftStart && f.FixTime <= ended).ToList();
            var expected = DriverPositionRollupTests.Expected(inside);
            var actual = (await RollupRows.DriverPositionsAsync(fixture.DataSource, company, driver)).Where(row => row.FixCount > 0).ToList();
            RollupRows.AssertSame(expected, actual);
        }, iter: 25, threads: 1);
    }

    private Task RecordAsync(Guid company, Guid driver, Guid vehicle, DateTimeOffset ended) =>
        fixture.Timesheets.RecordAsync(
            DriverPositionRollupTests.Actor(company, driver), DriverPositionRollupTests.Entry(company, driver, vehicle, ShiftStart, ended), CancellationToken.None);
}
