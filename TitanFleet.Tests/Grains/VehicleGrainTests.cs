using Orleans.Core.Internal;
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
    public async Task ApplyPositions_PingAfterPersistIntervalPassed_WritesGrainState()
    {
        var (company, vehicle) = await NewVehicleAsync();
        var now = LocationIngestionTests.TruncatedNow();
        var ingestor = fixture.GetSiloService<LocationIngestor>();
        await ingestor.IngestAsync([Report(company, vehicle, now.AddSeconds(-2), 51.0, 0)]);
        var before = await ClusterStateQueries.StoredGrainStatesAsync(fixture.ConnectionString);

        await Task.Delay(GrainClusterFixture.PersistInterval * 2);
        await ingestor.IngestAsync([Report(company, vehicle, now, 51.001, 0)]);

        Assert.Equal(before + 1, await ClusterStateQueries.StoredGrainStatesAsync(fixture.ConnectionString));
    }

    [Fact]
    public async Task GetSnapshot_UnknownVehicle_Null()
    {
        var snapshot = await fixture.Cluster.GrainFactory.GetGrain<IVehicleGrain>(Guid.NewGuid()).GetSnapshotAsync();

        Assert.Null(snapshot);
    }

    private async Task<(TestCompany Company, TestVehicle Vehicle)> NewVehicleAsync()
    {
        var company = await TestCompanyFactory.CreateAsync(fixture.ConnectionString, 1);
        return (company, company.Vehicles[0]);
    }

    private static PositionReport Report(TestCompany company, TestVehicle vehicle, DateTimeOffset fixTime, double latitude, double longitude, double? speed = null) =>
        new(vehicle.VehicleId, company.CompanyId, vehicle.DeviceId, fixTime, latitude, longitude, speed, null, null, null, null);
}
