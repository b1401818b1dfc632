using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TitanFleet.Tests.Api.Users;
using TitanFleet.Tests.Fixtures;
using static TitanFleet.Tests.Notifications.NotificationRequests;

namespace TitanFleet.Tests.Notifications;

/// <summary>/api/company/notification-settings: defaults until an admin changes them, validated, versioned and audited.</summary>
[Collection(InProcessSiloCollection.Name)]
public sealed class NotificationSettingsTests(InProcessSiloFixture silo)
{
    [Fact]
    public async Task Get_NewCompany_DefaultsAtVersionOne()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 1);
        using var driver = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("driver"));

        var settings = await driver.Client.GetFromJsonAsync<JsonElement>("/api/company/notification-settings");

        Assert.Equal(1, settings.GetProperty("version").GetInt32());
        var rules = settings.GetProperty("rules").EnumerateArray().ToList();
        var dangerous = Assert.Single(rules, r => r.GetProperty("eventType").GetString() == "defectRaised" && r.GetProperty("severity").GetString() == "dangerous");
        Assert.Equal(["admin", "manager"], dangerous.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains(rules, r => r.GetProperty("eventType").GetString() == "overspeed");
        Assert.Contains("reminderEscalated", settings.GetProperty("eventTypes").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task Put_UnknownTypeAndRole_BadRequestNamingEachNothingWritten()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 1);
        using var admin = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("admin"));

        var errors = await ProblemAssert.ValidationErrorsAsync(await PutSettingsAsync(admin.Client,
            Settings(1, Rule("vehicleOffRoad", "manager"), Rule("teleported", "manager"), Rule("overspeed", "manager", "accountant"))));

        Assert.Equal(["rules[1].eventType", "rules[2].roles[1]"], errors.Keys.Order());
        Assert.Contains("teleported", errors["rules[1].eventType"][0]);
        Assert.Contains("accountant", errors["rules[2].roles[1]"][0]);
        Assert.Equal(1, (await admin.Client.GetFromJsonAsync<JsonElement>("/api/company/notification-settings")).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Put_SeverityOnTypeWithoutOneAndDuplicateType_BadRequest()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 1);
        using var admin = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("admin"));
        var withSeverity = Rule("overspeed", "manager");
        withSeverity["severity"] = "dangerous";

        var errors = await ProblemAssert.ValidationErrorsAsync(await PutSettingsAsync(admin.Client,
            Settings(1, withSeverity, Rule("vehicleOffRoad", "manager"), Rule("vehicleOffRoad", "mechanic"))));

        Assert.Equal(["rules", "rules[0].severity"], errors.Keys.Order());
    }

    [Fact]
    public async Task Put_StaleVersion_ConflictAndChangeAudited()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 1);
        using var admin = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("admin"));
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));
        (await PutSettingsAsync(admin.Client, Settings(1, Rule("vehicleOffRoad", "mechanic")))).EnsureSuccessStatusCode();

        var stale = await PutSettingsAsync(admin.Client, Settings(1, Rule("vehicleOffRoad", "manager")));
        var refusedByManager = await PutSettingsAsync(manager.Client, Settings(2, Rule("vehicleOffRoad", "manager")));

        Assert.Equal("version", await RecordAsserts.ConflictFieldAsync(stale));
        Assert.Equal(HttpStatusCode.Forbidden, refusedByManager.StatusCode);
        var entry = Assert.Single(await RecordAsserts.AuditTrailAsync(manager.Client, "notificationSettings", company.CompanyId));
        var changes = entry.GetProperty("changes");
        Assert.Equal("mechanic", changes.GetProperty("rules.vehicleOffRoad").GetProperty("after").GetString());
        Assert.Equal(JsonValueKind.Null, changes.GetProperty("rules.overspeed").GetProperty("after").ValueKind);
    }
}
