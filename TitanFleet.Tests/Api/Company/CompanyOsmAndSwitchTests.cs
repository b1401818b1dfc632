using System.Net;
using System.Net.Http.Json;
using TitanFleet.Tests.Api.Users;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Api.Company;

/// <summary>
/// Turning OsmAnd off in the company settings on one silo refuses the very next OsmAnd post on the
/// other silo, whose cache had just looked the device up (without cluster-wide invalidation it
/// would keep accepting for a minute); turning it back on accepts again at once.
/// </summary>
[Collection(TwoSiloCollection.Name)]
public sealed class CompanyOsmAndSwitchTests(TwoSiloFixture fixture)
{
    [Fact]
    public async Task Put_OsmAndOff_NextOsmAndPostOnAnotherSiloRefusedAndBackOnAccepted()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicle = company.Vehicles[0];
        using var admin = await FleetHttp.SignInAsync(fixture.SiloA.BaseAddress, company.Email("admin"));
        using var phone = LoopbackClient.FromFreshAddress(fixture.SiloB.BaseAddress);
        var start = DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeSeconds();
        string Fix(int second) => $"/api/osmand?id={vehicle.DeviceUniqueId}&lat=51.5&lon=-0.1&timestamp={start + second}";
        using (var warm = await phone.GetAsync(Fix(0))) Assert.Equal(HttpStatusCode.OK, warm.StatusCode);

        using (var off = await admin.Client.PutAsJsonAsync("/api/company",
            CompanyRequests.UpdateFrom(await CompanyRequests.GetAsync(admin.Client), ("osmAndEnabled", false))))
        {
            await RecordAsserts.JsonAsync(off, HttpStatusCode.OK);
        }
        using var refused = await phone.GetAsync(Fix(10));

        using (var on = await admin.Client.PutAsJsonAsync("/api/company",
            CompanyRequests.UpdateFrom(await CompanyRequests.GetAsync(admin.Client), ("osmAndEnabled", true))))
        {
            await RecordAsserts.JsonAsync(on, HttpStatusCode.OK);
        }
        using var accepted = await phone.GetAsync(Fix(20));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(2, await HistoryQueries.CountAsync(fixture.ConnectionString, vehicle.VehicleId));
    }
}
