using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using TitanFleet.Api.OsmAnd;
using TitanFleet.Grains.Caching;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Api.OsmAnd;

/// <summary>
/// The OsmAnd id lookup lives until a write invalidates it, like the device-token cache: a tracker
/// posting every few minutes must not pay a database read on most posts.
/// </summary>
[Collection(SingleSiloCollection.Name)]
public sealed class OsmAndDevicesCacheTests(SingleSiloFixture fixture)
{
    [Fact]
    public async Task FindAsync_AnHourLessAMinuteLater_ServedWithoutTheDatabase()
    {
        var vehicle = (await fixture.NewCompanyAsync(vehicles: 1)).Vehicles[0];
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var dataSource = NpgsqlDataSource.Create(fixture.ConnectionString);
        using var devices = new OsmAndDevices(dataSource, Options.Create(new SiloCacheOptions()), time);
        await devices.FindAsync(vehicle.DeviceUniqueId, CancellationToken.None);

        await dataSource.DisposeAsync(); // any further lookup that reaches the database throws
        time.Advance(TimeSpan.FromMinutes(59));
        var device = await devices.FindAsync(vehicle.DeviceUniqueId, CancellationToken.None);

        Assert.Equal(vehicle.DeviceId, device?.Id);
    }

    [Fact]
    public async Task FindAsync_DeviceInvalidatedAfterRevocation_Refused()
    {
        var vehicle = (await fixture.NewCompanyAsync(vehicles: 1)).Vehicles[0];
        await using var dataSource = NpgsqlDataSource.Create(fixture.ConnectionString);
        using var devices = new OsmAndDevices(dataSource, Options.Create(new SiloCacheOptions()), TimeProvider.System);
        await devices.FindAsync(vehicle.DeviceUniqueId, CancellationToken.None);
        await using (var revoke = dataSource.CreateCommand("UPDATE devices SET revoked_at = now() WHERE id = @id"))
        {
            revoke.Parameters.AddWithValue("id", vehicle.DeviceId);
            await revoke.ExecuteNonQueryAsync();
        }

        devices.Invalidate(vehicle.DeviceId);

        Assert.Null(await devices.FindAsync(vehicle.DeviceUniqueId, CancellationToken.None));
    }

    [Fact]
    public async Task FindAsync_CompanySwitchedOsmAndOff_RefusedAtOnce()
    {
        var vehicle = (await fixture.NewCompanyAsync(vehicles: 1)).Vehicles[0];
        await using var dataSource = NpgsqlDataSource.Create(fixture.ConnectionString);
        using var devices = new OsmAndDevices(dataSource, Options.Create(new SiloCacheOptions()), TimeProvider.System);
        var companySwitch = new OsmAndCompanySwitch(devices);
        var company = (await devices.FindAsync(vehicle.DeviceUniqueId, CancellationToken.None))!.CompanyId;
        await using (var off = dataSource.CreateCommand("UPDATE companies SET osmand_enabled = false WHERE id = @id"))
        {
            off.Parameters.AddWithValue("id", company);
            await off.ExecuteNonQueryAsync();
        }

        companySwitch.Invalidate(company);

        Assert.Null(await devices.FindAsync(vehicle.DeviceUniqueId, CancellationToken.None));
    }
}
