using Microsoft.Extensions.DependencyInjection;
using Orleans.Core.Internal;
using Orleans.Storage;
using TitanFleet.Grains.Events;
using TitanFleet.Grains.Storage;
using TitanFleet.Grains.Telemetry;
using TitanFleet.Grains.Vehicles;
using TitanFleet.Tests.Api;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Grains;

[Collection(GrainClusterCollection.Name)]
public sealed class VehicleGrainTests(GrainClusterFixture fixture)
{
    [Fact]
    public async Task Ingest_Position_UpdatesGrainAndHistory()
    {
        var (company, vehicle) = await NewVehicleAsync();
        var fix = Report(company, vehicle, LocationIngestionTests.TruncatedNow(), 51.5, -0.12, speed: 30);

        await fixture.GetSiloService<LocationIngestor>().IngestAsync([fix]);

        var snapshot = await fixture.Cluster.GrainFactory.GetGrain<IVehicleGrain>(vehicle.VehicleId).GetSnapshotAsync();
        Assert.NotNull(snapshot);
        Assert.Equal((51.5, -0.12, fix.FixTime), (snapshot.Latitude!.Value, snapshot.Longitude!.Value, snapshot.FixTime!.Value));
        Assert.Equal(VehicleStatus.Moving, snapshot.Status);
        Assert.Equal(1, await HistoryQueries.CountAsync(fixture.ConnectionString, vehicle.VehicleId));
    }

    [Fact]
    public async Task ApplyPositions_OlderFix_DoesNotMoveLivePositionBack()
    {
        var (company, vehicle) = await NewVehicleAsync();
        var now = LocationIngestionTests.TruncatedNow();
        var ingestor = fixture.GetSiloService<LocationIngestor>();

        await ingestor.IngestAsync([Report(company, vehicle, now, 52, -1)]);
        await ingestor.IngestAsync([Report(company, vehicle, now.AddMinutes(-1), 50, -3)]);

        var snapshot = await fixture.Cluster.GrainFactory.GetGrain<IVehicleGrain>(vehicle.VehicleId).GetSnapshotAsync();
        Assert.Equal(52, snapshot!.Latitude);
        Assert.Equal(2, await HistoryQueries.CountAsync(fixture.ConnectionString, vehicle.VehicleId));
    }

    [Fact]
    public async Task Odometer_AccumulatesDistanceAndSurvivesDeactivation()
    {
        var (company, vehicle) = await NewVehicleAsync();
        var now = LocationIngestionTests.TruncatedNow();
        var ingestor = fixture.GetSiloService<LocationIngestor>();
        // 0.01 degrees of latitude is about 1,112 m
        await ingestor.IngestAsync([Report(company, vehicle, now.AddSeconds(-60), 51.00, 0), Report(company, vehicle, now, 51.01, 0)]);
        var grain = fixture.Cluster.GrainFactory.GetGrain<IVehicleGrain>(vehicle.VehicleId);
        var before = (await grain.GetSnapshotAsync())!.OdometerMetres;

        await grain.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        await Task.Delay(500);
        var after = await grain.GetSnapshotAsync();

        Assert.InRange(before, 1_100, 1_125);
        Assert.Equal(before, after!.OdometerMetres, precision: 6);
        Assert.Equal(51.01, after.Latitude);
    }

    [Fact]
    public async Task ApplyPositions_PingAfterPersistIntervalPassed_WritesLiveStateRow()
    {
        var (company, vehicle) = await NewVehicleAsync();
        var now = LocationIngestionTests.TruncatedNow();
        var ingestor = fixture.GetSiloService<LocationIngestor>();
        await ingestor.IngestAsync([Report(company, vehicle, now.AddSeconds(-2), 51.0, 0)]);
        var before = await ClusterStateQueries.LiveStateWrittenAtAsync(fixture.ConnectionString, vehicle.VehicleId);

        await Task.Delay(GrainClusterFixture.PersistInterval * 2);
        await ingestor.IngestAsync([Report(company, vehicle, now, 51.001, 0)]);

        Assert.NotNull(await ClusterStateQueries.WaitForLiveStateAsync(fixture.ConnectionString, vehicle.VehicleId, before));
    }

    [Fact]
    public async Task Activation_StateOnlyInOrleansGrainStorage_ReadsItOnceAndMovesItToLiveState()
    {
        var (company, vehicle) = await NewVehicleAsync();
        var grain = fixture.Cluster.GrainFactory.GetGrain<IVehicleGrain>(vehicle.VehicleId);
        var fixTime = LocationIngestionTests.TruncatedNow().AddMinutes(-10);
        var legacy = new GrainState<VehicleState>(new VehicleState
        {
            CompanyId = company.CompanyId,
            LastPosition = Report(company, vehicle, fixTime, 53.4, -2.2),
            LastSeen = fixTime,
            OdometerMetres = 12_345,
        });
        var storage = fixture.SiloServices.GetRequiredKeyedService<IGrainStorage>(StorageNames.GrainStore);
        await storage.WriteStateAsync(VehicleStateStore.LegacyStateName, grain.GetGrainId(), legacy);

        var snapshot = await grain.GetSnapshotAsync();
        await grain.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        var moved = await ClusterStateQueries.WaitForLiveStateAsync(fixture.ConnectionString, vehicle.VehicleId, after: null);

        Assert.Equal((53.4, -2.2, 12_345d), (snapshot!.Latitude!.Value, snapshot.Longitude!.Value, snapshot.OdometerMetres));
        Assert.NotNull(moved);
        Assert.Equal(12_345d, (await grain.GetSnapshotAsync())!.OdometerMetres);
    }

    [Fact]
    public async Task Ingest_EventWritten_GrainNoLongerHoldsIt()
    {
        var (company, vehicle) = await NewVehicleAsync();
        await fixture.GetSiloService<LocationIngestor>().IngestAsync([Report(company, vehicle, LocationIngestionTests.TruncatedNow(), 51.5, -0.12)]);

        // The first ping raises coming online. Until the fix, the grain's outbox kept it (and its arrays and
        // task) until the vehicle's next ping: every live vehicle held its last written event.
        var written = await fixture.GetSiloService<WrittenEventsSink>().WaitForAsync(vehicle.VehicleId, FleetEventTypes.DeviceOnline, TimeSpan.FromSeconds(30));

        Assert.True(await CollectedAsync(written, TimeSpan.FromSeconds(10)), "The written event is still referenced after its write committed.");
    }

    [Fact]
    public async Task GetSnapshot_UnknownVehicle_Null()
    {
        var snapshot = await fixture.Cluster.GrainFactory.GetGrain<IVehicleGrain>(Guid.NewGuid()).GetSnapshotAsync();

        Assert.Null(snapshot);
    }

    private static async Task<bool> CollectedAsync(WeakReference<FleetEvent> written, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            if (!written.TryGetTarget(out _)) return true;
            if (DateTimeOffset.UtcNow > deadline) return false;
            await Task.Delay(100);
        }
    }

    private async Task<(TestCompany Company, TestVehicle Vehicle)> NewVehicleAsync()
    {
        var company = await TestCompanyFactory.CreateAsync(fixture.ConnectionString, 1);
        return (company, company.Vehicles[0]);
    }

    private static PositionReport Report(TestCompany company, TestVehicle vehicle, DateTimeOffset fixTime, double latitude, double longitude, double? speed = null) =>
        new(vehicle.VehicleId, company.CompanyId, vehicle.DeviceId, fixTime, latitude, longitude, speed, null, null, null, null);
}
