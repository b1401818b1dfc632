using Npgsql;
using TitanFleet.Grains.Telemetry;
using TitanFleet.Grains.Vehicles;
using TitanFleet.Tests.Api;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Grains;

/// <summary>Grains can be called by more than our endpoints: they check what they are given, and survive a failed state write.</summary>
[Collection(GrainClusterCollection.Name)]
public sealed class VehicleGrainHardeningTests(GrainClusterFixture fixture)
{
    public static TheoryData<string> InvalidReports => ["latitude 999", "NaN longitude", "year 2076", "other company"];

    public static TheoryData<string> InvalidFixes => ["latitude 999", "NaN longitude", "year 2076"];

    [Theory]
    [MemberData(nameof(InvalidReports))]
    public async Task ApplyPositions_InvalidReport_RefusedAndLiveStateUnchanged(string kind)
    {
        var (company, vehicle) = await NewVehicleAsync();
        var now = LocationIngestionTests.TruncatedNow();
        await fixture.GetSiloService<LocationIngestor>().IngestAsync([Report(company.CompanyId, vehicle, now.AddSeconds(-5), 51.5, -0.1)]);
        var grain = fixture.Cluster.GrainFactory.GetGrain<IVehicleGrain>(vehicle.VehicleId);
        var before = await grain.GetSnapshotAsync();

        await Assert.ThrowsAsync<PositionRefusedException>(() => grain.ApplyPositionsAsync([Invalid(kind, company, vehicle, now)]));

        var after = await grain.GetSnapshotAsync();
        Assert.Equal((before!.Latitude, before.Longitude, before.FixTime, before.OdometerMetres), (after!.Latitude, after.Longitude, after.FixTime, after.OdometerMetres));
    }

    [Theory]
    [MemberData(nameof(InvalidFixes))]
    public async Task Ingest_InvalidReport_RefusedBeforeHistory(string kind)
    {
        var (company, vehicle) = await NewVehicleAsync();
        var invalid = Invalid(kind, company, vehicle, LocationIngestionTests.TruncatedNow());

        await Assert.ThrowsAsync<PositionRefusedException>(() => fixture.GetSiloService<LocationIngestor>().IngestAsync([invalid]));

        Assert.Equal(0, await HistoryQueries.CountAsync(fixture.ConnectionString, vehicle.VehicleId));
    }

    [Fact]
    public async Task Ingest_GrainStateWriteFails_CompletesLiveStateMovesAndStateIsWrittenLater()
    {
        var (company, vehicle) = await NewVehicleAsync();
        var now = LocationIngestionTests.TruncatedNow();
        var ingestor = fixture.GetSiloService<LocationIngestor>();
        var grain = fixture.Cluster.GrainFactory.GetGrain<IVehicleGrain>(vehicle.VehicleId);
        await ingestor.IngestAsync([Report(company.CompanyId, vehicle, now.AddSeconds(-3), 51.0, 0)]);
        var writtenBefore = await ClusterStateQueries.LiveStateWrittenAtAsync(fixture.ConnectionString, vehicle.VehicleId);

        await ExecuteAsync("""
            CREATE FUNCTION refuse_grain_state_write() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'grain state write refused by test'; END $$;
            CREATE TRIGGER tr_refuse_grain_state_write BEFORE INSERT OR UPDATE ON vehicle_live_state FOR EACH ROW EXECUTE FUNCTION refuse_grain_state_write();
            """);
        try
        {
            await Task.Delay(GrainClusterFixture.PersistInterval * 3);
            await ingestor.IngestAsync([Report(company.CompanyId, vehicle, now.AddSeconds(-2), 51.001, 0)]);
            Assert.Equal(51.001, (await grain.GetSnapshotAsync())!.Latitude);
        }
        finally
        {
            await ExecuteAsync("DROP TRIGGER tr_refuse_grain_state_write ON vehicle_live_state; DROP FUNCTION refuse_grain_state_write();");
        }

        await Task.Delay(GrainClusterFixture.PersistInterval * 3);
        await ingestor.IngestAsync([Report(company.CompanyId, vehicle, now, 51.002, 0)]);
        Assert.Equal(51.002, (await grain.GetSnapshotAsync())!.Latitude);
        Assert.NotNull(await ClusterStateQueries.WaitForLiveStateAsync(fixture.ConnectionString, vehicle.VehicleId, writtenBefore));
    }

    private static PositionReport Invalid(string kind, TestCompany company, TestVehicle vehicle, DateTimeOffset now) => kind switch
    {
        "latitude 999" => Report(company.CompanyId, vehicle, now, 999, 0),
        "NaN longitude" => Report(company.CompanyId, vehicle, now, 51, double.NaN),
        "year 2076" => Report(company.CompanyId, vehicle, new DateTimeOffset(2076, 1, 1, 0, 0, 0, TimeSpan.Zero), 51, 0),
        _ => Report(Guid.NewGuid(), vehicle, now, 51, 0),
    };

    private async Task<(TestCompany Company, TestVehicle Vehicle)> NewVehicleAsync()
    {
        var company = await TestCompanyFactory.CreateAsync(fixture.ConnectionString, 1);
        return (company, company.Vehicles[0]);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static PositionReport Report(Guid companyId, TestVehicle vehicle, DateTimeOffset fixTime, double latitude, double longitude) =>
        new(vehicle.VehicleId, companyId, vehicle.DeviceId, fixTime, latitude, longitude, SpeedKmh: null, Heading: null, AccuracyMetres: null, AltitudeMetres: null, OdometerMetres: null);
}
