using TitanFleet.Grains.Telemetry;
using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Tests.Grains.Math;

public sealed class VehicleMotionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private static readonly VehicleLiveOptions Options = new();

    [Fact]
    public void StatusOf_RecentFastFix_Moving() =>
        Assert.Equal(VehicleStatus.Moving, VehicleMotion.StatusOf(State(speed: 40, seenAgo: TimeSpan.FromSeconds(5)), Now, Options));

    [Fact]
    public void StatusOf_RecentSlowFix_Stopped() =>
        Assert.Equal(VehicleStatus.Stopped, VehicleMotion.StatusOf(State(speed: 2, seenAgo: TimeSpan.FromSeconds(5)), Now, Options));

    [Fact]
    public void StatusOf_NoPingForLongerThanThreshold_Offline() =>
        Assert.Equal(VehicleStatus.Offline, VehicleMotion.StatusOf(State(speed: 40, seenAgo: TimeSpan.FromMinutes(11)), Now, Options));

    [Fact]
    public void StatusOf_OffRoad_VorWinsOverEverything()
    {
        var state = State(speed: 40, seenAgo: TimeSpan.FromSeconds(1));
        state.OffRoad = true;

        Assert.Equal(VehicleStatus.Vor, VehicleMotion.StatusOf(state, Now, Options));
    }

    [Fact]
    public void SpeedBetween_OneKilometreInOneMinute_60Kmh()
    {
        var from = Fix(Now, 51.0);
        var to = Fix(Now.AddMinutes(1), 51.0 + 1000 / 111_195.0);

        Assert.Equal(60, VehicleMotion.SpeedBetween(from, to), precision: 1);
    }

    private static VehicleState State(double speed, TimeSpan seenAgo) => new()
    {
        CompanyId = Guid.NewGuid(),
        LastPosition = Fix(Now - seenAgo, 51) with { SpeedKmh = speed },
        LastSeen = Now - seenAgo,
        Moving = speed >= Options.MovingSpeedKmh,
    };

    private static PositionReport Fix(DateTimeOffset at, double latitude) =>
        new(Guid.Empty, Guid.Empty, Guid.Empty, at, latitude, 0, null, null, null, null, null);
}
