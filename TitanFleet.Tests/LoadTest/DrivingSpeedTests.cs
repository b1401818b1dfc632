using TitanFleet.Simulator.Fleet;
using TitanFleet.Simulator.Routes;

namespace TitanFleet.Tests.LoadTest;

/// <summary>
/// The demo fleet drives at realistic UK speeds for its types (an HGV once showed 115 km/h) and
/// overspeeds only now and then, for long enough to count. Limits are the company defaults the
/// overspeed rule uses: HGV 90, coach 100, van 112 km/h.
/// </summary>
public sealed class DrivingSpeedTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 6, 0, 0, TimeSpan.Zero);
    private static readonly Dictionary<string, double> CompanyLimits = new() { ["hgv"] = 90, ["psv"] = 100, ["van"] = 112 };

    [Theory]
    [InlineData("hgv", RoadClass.Motorway, 90)]
    [InlineData("hgv", RoadClass.SingleCarriageway, 80.5)]
    [InlineData("psv", RoadClass.Motorway, 100)]
    [InlineData("psv", RoadClass.DualCarriageway, 96.6)]
    [InlineData("van", RoadClass.Motorway, 112.7)]
    [InlineData("van", RoadClass.SingleCarriageway, 96.6)]
    public void Kmh_OutsideOverspeedEpisodes_NeverOverTheTypesLimit(string type, RoadClass road, double limitKmh)
    {
        for (var index = 1; index <= 20; index++)
        {
            var speed = new DrivingSpeed(type, road, index, pace: 0.97);
            var normal = Ticks(TimeSpan.FromHours(4)).Where(at => !speed.Overspeeding(at)).Select(speed.Kmh).ToArray();

            Assert.InRange(normal.Max(), limitKmh * 0.85, limitKmh + 0.1);
        }
    }

    [Fact]
    public void Kmh_HgvOnMotorway_OverLimiterAFewPercentOfTheTimeInRunsOfAtLeast90Seconds()
    {
        for (var index = 1; index <= 20; index++)
        {
            var speed = new DrivingSpeed("hgv", RoadClass.Motorway, index, pace: 0.95);
            var over = Ticks(TimeSpan.FromHours(6)).Select(at => speed.Kmh(at) > 90).ToArray();
            var runs = Runs(over);

            Assert.InRange(over.Count(o => o) / (double)over.Length, 0.02, 0.06);
            Assert.All(runs, run => Assert.True(run * 2 >= 88, $"vehicle {index}: an overspeed of {run * 2} s is too short to count"));
            Assert.InRange(speed.Kmh(Ticks(TimeSpan.FromHours(6)).First(speed.Overspeeding)), 95, 103);
        }
    }

    [Fact]
    public void Advance_DemoFleetForTwoHours_TypicalSpeedsAndRareOverspeedPerType()
    {
        var fleet = Enumerable.Range(1, 25).Select(i => new SimulatedVehicle(i)).ToArray();
        var fixes = Ticks(TimeSpan.FromHours(2)).SelectMany(at => fleet.Select(v => (Type: DemoIdentities.VehicleType(v.Index), v.Advance(at).SpeedKmh))).ToArray();

        foreach (var group in fixes.Where(f => f.SpeedKmh > 0).GroupBy(f => f.Type))
        {
            var limit = CompanyLimits[group.Key];
            var overShare = group.Count(f => f.SpeedKmh > limit) / (double)group.Count();
            Assert.InRange(overShare, 0.005, 0.06);
            Assert.True(group.Max(f => f.SpeedKmh) <= limit * 1.15, $"{group.Key}: {group.Max(f => f.SpeedKmh)} km/h");
        }
        Assert.True(fixes.Where(f => f.Type == "hgv").Max(f => f.SpeedKmh) < 105);
    }

    private static IEnumerable<DateTimeOffset> Ticks(TimeSpan length)
    {
        for (var at = Start; at < Start + length; at = at.AddSeconds(2)) yield return at;
    }

    /// <summary>Lengths (in ticks) of the runs of true, leaving out runs cut off at either end.</summary>
    private static List<int> Runs(bool[] values)
    {
        var runs = new List<int>();
        var length = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i]) length++;
            else if (length > 0)
            {
                if (i - length > 0) runs.Add(length);
                length = 0;
            }
        }
        return runs;
    }
}
