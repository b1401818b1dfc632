using Microsoft.Extensions.Time.Testing;
using TitanFleet.Grains.Push;
using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Tests.Grains.Push;

public sealed class PushCoalescerTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(50);

    [Fact]
    public void Take_VehicleNotSentForAnInterval_DueOnTheNextTickWithItsWait()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var coalescer = new PushCoalescer(Interval, time);
        var vehicle = Guid.NewGuid();

        coalescer.Publish(Snapshot(vehicle, 1));
        time.Advance(Tick);
        var due = coalescer.Take();

        var (snapshot, waitedMs) = Assert.Single(due);
        Assert.Equal(vehicle, snapshot.VehicleId);
        Assert.Equal(Tick.TotalMilliseconds, waitedMs);
        Assert.True(coalescer.IsEmpty);
    }

    [Fact]
    public void Take_VehicleChangedAgainWithinTheInterval_HeldUntilTheIntervalThenLatestOnly()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var coalescer = new PushCoalescer(Interval, time);
        var vehicle = Guid.NewGuid();
        coalescer.Publish(Snapshot(vehicle, 1));
        Assert.Single(coalescer.Take());

        coalescer.Publish(Snapshot(vehicle, 2));
        time.Advance(Tick);
        coalescer.Publish(Snapshot(vehicle, 3));
        var early = new List<(VehicleSnapshot, double)>();
        for (var elapsed = Tick; elapsed < Interval; elapsed += Tick)
        {
            early.AddRange(coalescer.Take());
            time.Advance(Tick);
        }
        var due = coalescer.Take();

        Assert.Empty(early);
        Assert.Equal(3, Assert.Single(due).Snapshot.OdometerMetres);
    }

    [Fact]
    public void Take_OtherVehiclesWhileOneIsHeld_SentOnTheirFirstTick()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var coalescer = new PushCoalescer(Interval, time);
        var held = Guid.NewGuid();
        var other = Guid.NewGuid();
        coalescer.Publish(Snapshot(held, 1));
        coalescer.Take();

        coalescer.Publish(Snapshot(held, 2));
        coalescer.Publish(Snapshot(other, 1));
        time.Advance(Tick);

        Assert.Equal([other], coalescer.Take().Select(d => d.Snapshot.VehicleId));
        Assert.False(coalescer.IsEmpty);
    }

    private static VehicleSnapshot Snapshot(Guid vehicleId, double odometer) => new(
        vehicleId, Guid.Empty, "TEST", VehicleStatus.Moving, 51.5, -0.12, 30, 90, 5, 10, DateTimeOffset.UtcNow, odometer, null, DateTimeOffset.UtcNow, "van", "active");
}
