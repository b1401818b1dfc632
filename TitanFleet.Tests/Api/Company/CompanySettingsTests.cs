using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TitanFleet.Tests.Api.Users;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Api.Company;

/// <summary>
/// GET/PUT /api/company: every user of the company reads its settings, admins replace them with the
/// version they read; each rule is 400 naming the field, a stale version 409, another company untouched.
/// </summary>
[Collection(SingleSiloCollection.Name)]
public sealed class CompanySettingsTests(SingleSiloFixture fixture)
{
    [Fact]
    public async Task Get_NewCompany_DefaultsToMphMilesAndLondon()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver"));

        using var response = await driver.Client.GetAsync("/api/company");
        var body = await RecordAsserts.JsonAsync(response, HttpStatusCode.OK);

        Assert.Equal(company.CompanyId, body.GetProperty("id").GetGuid());
        Assert.Equal(company.Name, body.GetProperty("name").GetString());
        Assert.Equal("mph_miles", body.GetProperty("displayUnits").GetString());
        Assert.Equal("Europe/London", body.GetProperty("timeZone").GetString());
        Assert.Equal("07:00", body.GetProperty("walkaroundCheckDueAt").GetString());
        Assert.Equal(90, body.GetProperty("speedLimitsKmh").GetProperty("hgv").GetInt32());
        Assert.True(body.GetProperty("osmAndEnabled").GetBoolean());
        Assert.Equal($"\"{body.GetProperty("version").GetInt32()}\"", response.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task Put_Admin_ReplacesSettingsBumpsVersionAndAudits()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var admin = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("admin"));
        var current = await CompanyRequests.GetAsync(admin.Client);

        using var response = await admin.Client.PutAsJsonAsync("/api/company", CompanyRequests.UpdateFrom(current,
            ("name", "  Renamed Freight  "), ("timeZone", "America/New_York"), ("displayUnits", "kmh_km"),
            ("speedLimitsKmh", new Dictionary<string, int> { ["hgv"] = 80, ["van"] = 100 }),
            ("walkaroundCheckDueAt", "05:30"), ("reminderDueSoonDays", 21)));
        var updated = await RecordAsserts.JsonAsync(response, HttpStatusCode.OK);

        Assert.Equal("Renamed Freight", updated.GetProperty("name").GetString());
        Assert.Equal("kmh_km", updated.GetProperty("displayUnits").GetString());
        Assert.Equal("05:30", updated.GetProperty("walkaroundCheckDueAt").GetString());
        Assert.Equal(current.GetProperty("version").GetInt32() + 1, updated.GetProperty("version").GetInt32());
        var reread = await CompanyRequests.GetAsync(admin.Client);
        Assert.Equal(["hgv", "van"], reread.GetProperty("speedLimitsKmh").EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(21, reread.GetProperty("reminderDueSoonDays").GetInt32());

        var entry = Assert.Single(await RecordAsserts.AuditTrailAsync(admin.Client, "company", company.CompanyId));
        Assert.Equal("update", entry.GetProperty("action").GetString());
        var changes = entry.GetProperty("changes");
        Assert.Equal(company.Name, changes.GetProperty("name").GetProperty("before").GetString());
        Assert.Equal("Renamed Freight", changes.GetProperty("name").GetProperty("after").GetString());
        Assert.Equal(90, changes.GetProperty("speedLimitsKmh.hgv").GetProperty("before").GetInt32());
        Assert.Equal(JsonValueKind.Null, changes.GetProperty("speedLimitsKmh.car").GetProperty("after").ValueKind);
        Assert.False(changes.TryGetProperty("osmAndEnabled", out _));
    }

    [Fact]
    public async Task Put_SameSettings_NoNewVersionNoAuditEntry()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var admin = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("admin"));
        var current = await CompanyRequests.GetAsync(admin.Client);

        using var response = await admin.Client.PutAsJsonAsync("/api/company", CompanyRequests.UpdateFrom(current));
        var body = await RecordAsserts.JsonAsync(response, HttpStatusCode.OK);

        Assert.Equal(current.GetProperty("version").GetInt32(), body.GetProperty("version").GetInt32());
        Assert.Empty(await RecordAsserts.AuditTrailAsync(admin.Client, "company", company.CompanyId));
    }

    [Fact]
    public async Task Put_StaleVersion_409WithCurrentVersionNothingWritten()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var admin = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("admin"));
        var read = await CompanyRequests.GetAsync(admin.Client);
        using var first = await admin.Client.PutAsJsonAsync("/api/company", CompanyRequests.UpdateFrom(read, ("name", "First Writer Ltd")));
        first.EnsureSuccessStatusCode();

        using var stale = await admin.Client.PutAsJsonAsync("/api/company", CompanyRequests.UpdateFrom(read, ("name", "Second Writer Ltd")));

        Assert.Equal("version", await RecordAsserts.ConflictFieldAsync(stale));
        Assert.Equal($"\"{read.GetProperty("version").GetInt32() + 1}\"", stale.Headers.ETag?.Tag);
        Assert.Equal("First Writer Ltd", (await CompanyRequests.GetAsync(admin.Client)).GetProperty("name").GetString());
    }

    public static TheoryData<string, object?> BadFields => new()
    {
        { "name", null },
        { "name", "" },
        { "name", "   " },
        { "name", new string('n', 101) },
        { "name", "Tab\tCo" },
        { "timeZone", null },
        { "timeZone", "GMT Standard Time" },
        { "timeZone", "Europe/Atlantis" },
        { "timeZone", "+01:00" },
        { "displayUnits", null },
        { "displayUnits", "mph" },
        { "displayUnits", "MPH_MILES" },
        { "speedLimitsKmh", null },
        { "speedLimitsKmh", new Dictionary<string, int> { ["lorry"] = 90 } },
        { "speedLimitsKmh", new Dictionary<string, int> { ["hgv"] = 4 } },
        { "speedLimitsKmh", new Dictionary<string, int> { ["van"] = 201 } },
        { "walkaroundCheckDueAt", null },
        { "walkaroundCheckDueAt", "7am" },
        { "walkaroundCheckDueAt", "24:00" },
        { "walkaroundCheckDueAt", "07:00:00" },
        { "reminderDueSoonDays", null },
        { "reminderDueSoonDays", 0 },
        { "reminderDueSoonDays", 91 },
        { "osmAndEnabled", null },
        { "overspeedMinDurationSeconds", 0 },
        { "overspeedMinDurationSeconds", 601 },
        { "version", null },
        { "version", 0 },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task Put_InvalidField_400NamingFieldNothingWritten(string field, object? value)
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var admin = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("admin"));
        var current = await CompanyRequests.GetAsync(admin.Client);
        var body = CompanyRequests.UpdateFrom(current, ("name", "Would Be Renamed"));
        body[field] = JsonSerializer.SerializeToNode(value);

        using var response = await admin.Client.PutAsJsonAsync("/api/company", body);

        var errors = await ProblemAssert.ValidationErrorsAsync(response);
        Assert.True(errors.Keys.All(key => key.StartsWith(field, StringComparison.Ordinal)), string.Join(", ", errors.Keys));
        Assert.Equal(current.GetRawText(), (await CompanyRequests.GetAsync(admin.Client)).GetRawText());
    }

    [Theory]
    [InlineData("admin", HttpStatusCode.OK, HttpStatusCode.OK)]
    [InlineData("manager", HttpStatusCode.OK, HttpStatusCode.Forbidden)]
    [InlineData("mechanic", HttpStatusCode.OK, HttpStatusCode.Forbidden)]
    [InlineData("driver", HttpStatusCode.OK, HttpStatusCode.Forbidden)]
    [InlineData("device", HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized)]
    [InlineData("anonymous", HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized)]
    public async Task GetAndPut_ByRole_EveryoneReadsOnlyAdminsWrite(string role, HttpStatusCode read, HttpStatusCode write)
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var admin = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("admin"));
        var current = await CompanyRequests.GetAsync(admin.Client);
        using var client = role switch
        {
            "device" => FleetHttp.Device(fixture.BaseAddress, company.Vehicles[0].DeviceToken),
            "anonymous" => new HttpClient { BaseAddress = fixture.BaseAddress },
            _ => (await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email(role))).Client,
        };

        using var get = await client.GetAsync("/api/company");
        using var put = await client.PutAsJsonAsync("/api/company", CompanyRequests.UpdateFrom(current, ("name", $"Renamed by {role}")));

        Assert.Equal(read, get.StatusCode);
        Assert.Equal(write, put.StatusCode);
        var expectedName = write == HttpStatusCode.OK ? $"Renamed by {role}" : company.Name;
        Assert.Equal(expectedName, (await CompanyRequests.GetAsync(admin.Client)).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Put_AdminOfAnotherCompany_ChangesOnlyTheirOwn()
    {
        var mine = await fixture.NewCompanyAsync(vehicles: 0);
        var theirs = await fixture.NewCompanyAsync(vehicles: 0);
        using var myAdmin = await FleetHttp.SignInAsync(fixture.BaseAddress, mine.Email("admin"));
        using var theirAdmin = await FleetHttp.SignInAsync(fixture.BaseAddress, theirs.Email("admin"));
        var theirsBefore = await CompanyRequests.GetAsync(theirAdmin.Client);
        var body = CompanyRequests.UpdateFrom(theirsBefore, ("name", "Hijacked Ltd"), ("displayUnits", "kmh_km"));

        using var response = await myAdmin.Client.PutAsJsonAsync("/api/company", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mine.CompanyId, (await RecordAsserts.JsonAsync(response, HttpStatusCode.OK)).GetProperty("id").GetGuid());
        Assert.Equal(theirsBefore.GetRawText(), (await CompanyRequests.GetAsync(theirAdmin.Client)).GetRawText());
        Assert.Empty(await RecordAsserts.AuditTrailAsync(theirAdmin.Client, "company", theirs.CompanyId));
    }
}
