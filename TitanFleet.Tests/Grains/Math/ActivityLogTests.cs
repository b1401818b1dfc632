using TitanFleet.Grains.Hours;
using TitanFleet.Grains.Timesheets;

namespace TitanFleet.Tests.Grains.Math;

public sealed class ActivityLogTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 30, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Totals_SegmentsCrossingTheWindow_ClippedToIt()
    {
        ActivitySegment[] log =
        [
            new(ActivityKind.OtherWork, T0.AddMinutes(-30), T0.AddMinutes(15)),
            new(ActivityKind.Driving, T0.AddMinutes(15), T0.AddHours(2)),
            new(ActivityKind.Break, T0.AddHours(2), T0.AddHours(2).AddMinutes(45)),
            new(ActivityKind.Available, T0.AddHours(2).AddMinutes(45), T0.AddHours(3)),
            new(ActivityKind.Driving, T0.AddHours(3), null),
        ];

        var totals = ActivityLog.Totals(log, from: T0, to: T0.AddHours(4), now: T0.AddHours(3).AddMinutes(30));

        Assert.Equal(15 * 60, totals.OtherWorkSeconds);
        Assert.Equal((105 + 30) * 60, totals.DrivingSeconds);
        Assert.Equal(45 * 60, totals.BreakSeconds);
        Assert.Equal(15 * 60, totals.AvailableSeconds);
        var taken = Assert.Single(totals.Breaks);
        Assert.Equal((T0.AddHours(2), T0.AddHours(2).AddMinutes(45)), (taken.Start, taken.End));
    }

    [Fact]
    public void Prune_SegmentsEndedBeforeCutoff_DroppedOpenOnesKept()
    {
        var log = new List<ActivitySegment>
        {
            new(ActivityKind.Driving, T0.AddDays(-30), T0.AddDays(-29)),
            new(ActivityKind.Rest, T0.AddDays(-29), T0.AddDays(-1)),
            new(ActivityKind.Driving, T0, null),
        };

        ActivityLog.Prune(log, T0.AddDays(-28));

        Assert.Equal([ActivityKind.Rest, ActivityKind.Driving], log.Select(s => s.Kind));
    }
}
