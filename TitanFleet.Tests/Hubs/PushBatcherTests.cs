using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TitanFleet.Grains.Push;
using TitanFleet.Grains.Telemetry;
using TitanFleet.Grains.Vehicles;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Hubs;

/// <summary>
/// A batcher on a fake clock fanning out through the running silo's real push directory and hub to
/// a real dashboard, so the flush timing and the push-delay metrics are checked end to end.
/// </summary>
[Collection(InProcessSiloCollection.Name)]
public sealed class PushBatcherTests(InProcessSiloFixture silo)
{
    private static readonly TimeSpan PushWait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Publish_VehicleIdleForAnInterval_DashboardGetsItOneFlushTickLaterAndTheDelayIsMeasured()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, 2);
        var (vehicle, other) = (company.Vehicles[0], company.Vehicles[1]);
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));
        await using var dashboard = await DashboardClient.ConnectAsync(silo.BaseAddress, manager.Cookies);
        var options = Options.Create(new PushOptions());
        var tick = options.Value.FlushTick;
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var subscribers = new PushSubscribers(silo.Services.GetRequiredService<IGrainFactory>(), options, time);
        using var batcher = new PushBatcher(subscribers, options, time, NullLogger<PushBatcher>.Instance);
        using var measured = new PushDelayMeasurements();
        var fixTime = DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.AddSeconds(-3).ToUnixTimeMilliseconds());
        await batcher.StartAsync(CancellationToken.None);
        // The batcher starts its timer on a thread of its own: tick until another vehicle's change
        // comes through, so the timer runs and has just fired.
        batcher.Publish(Snapshot(company.CompanyId, other, fixTime));
        await TickUntilAsync(time, tick, () => dashboard.Batches.Any(b => b.Batch.Any(v => v.VehicleId == other.VehicleId)));

        batcher.Publish(Snapshot(company.CompanyId, vehicle, fixTime));
        // One tick, less than the interval: only a flush on the tick (not at the interval's end) sends it.
        time.Advance(tick);
        var (_, pushed) = await dashboard.WaitForAsync(v => v.VehicleId == vehicle.VehicleId, PushWait);
        await batcher.StopAsync(CancellationToken.None);

        Assert.True(tick < options.Value.Interval);
        Assert.Equal(fixTime, pushed.FixTime);
        Assert.Contains(tick.TotalMilliseconds, measured.CoalesceWaits);
        Assert.Contains(measured.FixAges, age => age >= 3_000);
    }

    private static async Task TickUntilAsync(FakeTimeProvider time, TimeSpan tick, Func<bool> done)
    {
        for (var attempt = 0; attempt < 100 && !done(); attempt++)
        {
            time.Advance(tick);
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
        Assert.True(done(), "the batcher never flushed");
    }

    private static VehicleSnapshot Snapshot(Guid companyId, TestVehicle vehicle, DateTimeOffset fixTime) => new(
        vehicle.VehicleId, companyId, vehicle.Registration, VehicleStatus.Moving, 54.97, -1.61, 30, 90, 5, 10, fixTime, 0, null, fixTime, "van", "active");

    /// <summary>The push-delay histograms' records while it is alive (every silo in this process records into the same meter).</summary>
    private sealed class PushDelayMeasurements : IDisposable
    {
        private readonly MeterListener _listener = new();

        public PushDelayMeasurements()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == FleetMeter.Name && instrument.Name is "titanfleet.push.coalesce_wait" or "titanfleet.push.fix_age_at_send")
                    listener.EnableMeasurementEvents(instrument);
            };
            _listener.SetMeasurementEventCallback<double>((instrument, value, _, _) =>
                (instrument.Name == "titanfleet.push.coalesce_wait" ? CoalesceWaits : FixAges).Add(value));
            _listener.Start();
        }

        public ConcurrentBag<double> CoalesceWaits { get; } = [];

        public ConcurrentBag<double> FixAges { get; } = [];

        public void Dispose() => _listener.Dispose();
    }
}
