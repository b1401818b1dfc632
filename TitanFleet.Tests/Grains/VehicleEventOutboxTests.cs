using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using TitanFleet.Grains.Events;
using TitanFleet.Grains.Vehicles;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Grains;

/// <summary>
/// The outbox of a live vehicle keeps nothing once its events are written: at a million live vehicles
/// each event kept until the vehicle's next ping is hundreds of megabytes.
/// </summary>
[Collection(InProcessSiloCollection.Name)]
public sealed class VehicleEventOutboxTests(InProcessSiloFixture silo)
{
    [Fact]
    public async Task HandOffAsync_EventWritten_EventNoLongerHeld()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 1);
        var outbox = new VehicleEventOutbox(silo.Services.GetRequiredService<IFleetEventPublisher>());
        // A grain's turns run one at a time on its own scheduler; so do these.
        var grainLike = new ConcurrentExclusiveSchedulerPair().ExclusiveScheduler;

        var handedOff = await Task.Factory.StartNew(() => HandOffOneAsync(outbox, company), CancellationToken.None,
            TaskCreationOptions.None, grainLike).Unwrap();

        // The write commits within a group-commit interval; the event is collectable once the outbox lets go of it.
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (handedOff.IsAlive && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        Assert.False(handedOff.IsAlive);
        Assert.True(await Task.Factory.StartNew(() => outbox.Durable, CancellationToken.None, TaskCreationOptions.None, grainLike));
    }

    /// <summary>Not inlined, so no local of the test method keeps the event alive.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<WeakReference> HandOffOneAsync(VehicleEventOutbox outbox, TestCompany company)
    {
        var vehicle = company.Vehicles[0];
        var at = DateTimeOffset.UtcNow;
        var fleetEvent = new FleetEvent(
            Id: FleetEventIds.Derived(vehicle.VehicleId, FleetEventTypes.Overspeed, at), CompanyId: company.CompanyId, Type: FleetEventTypes.Overspeed,
            OccurredAt: at, Summary: $"{vehicle.Registration} at 120 km/h, limit 90 km/h", VehicleId: vehicle.VehicleId, Registration: vehicle.Registration);
        outbox.Add(fleetEvent);
        await outbox.HandOffAsync();
        return new WeakReference(fleetEvent);
    }
}
