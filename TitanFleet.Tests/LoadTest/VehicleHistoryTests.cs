using TitanFleet.Simulator.History;
using TitanFleet.Simulator.Routes;

namespace TitanFleet.Tests.LoadTest;

public sealed class VehicleHistoryTests
{
    private static readonly DateOnly Monday = new(2026, 11, 2);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(417)]
    public void Days_ShiftStartAfterANightParked_FirstFixWhereTheVehicleWasParked(int index)
    {
        var fixes = new VehicleHistory(index).Days(Monday, 7).ToArray();
        var starts = Enumerable.Range(0, 7).Select(d => WorkDay.For(index, Monday.AddDays(d))).Where(p => p.Works).ToArray();

        Assert.NotEmpty(starts);
        foreach (var plan in starts)
        {
            var first = Array.FindIndex(fixes, f => f.Timestamp == plan.ShiftStart);
            Assert.True(first > 0, $"no fix at the shift start {plan.ShiftStart:u}");
            var metres = GeoMath.DistanceMetres(new GeoPoint(fixes[first - 1].Latitude, fixes[first - 1].Longitude), new GeoPoint(fixes[first].Latitude, fixes[first].Longitude));
            Assert.True(metres < 1, $"moved {metres:F0} m while parked before {plan.ShiftStart:u}");
        }
    }

    [Fact]
    public void Days_WorkingDayAndDayOff_ShiftCadenceOnShiftAndQuarterHourHeartbeatsParked()
    {
        var index = 3;
        var history = new VehicleHistory(index);
        var day = Enumerable.Range(0, 14).Select(Monday.AddDays).First(d => WorkDay.For(index, d).Works);
        var off = Enumerable.Range(0, 60).Select(Monday.AddDays).First(d => !WorkDay.For(index, d).Works);
        var plan = WorkDay.For(index, day);

        var working = history.Days(day, 1).ToArray();
        var dayOff = new VehicleHistory(index).Days(off, 1).ToArray();

        var onShift = working.Where(f => plan.OnShift(f.Timestamp)).ToArray();
        Assert.All(onShift.Zip(onShift.Skip(1)), pair =>
            Assert.InRange((pair.Second.Timestamp - pair.First.Timestamp).TotalSeconds, history.ShiftInterval.TotalSeconds, history.ShiftInterval.TotalSeconds + 1));
        Assert.Contains(onShift, f => f.SpeedKmh > 0);
        Assert.All(working.Where(f => plan.OnBreak(f.Timestamp) && f.Timestamp > plan.BreakStart), f => Assert.Equal(0, f.SpeedKmh));
        Assert.Equal(96, dayOff.Length);
        Assert.All(dayOff, f => Assert.Equal(0, f.SpeedKmh));
        Assert.Single(dayOff.Select(f => (f.Latitude, f.Longitude)).Distinct());
    }
}
