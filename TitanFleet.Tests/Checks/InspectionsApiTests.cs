using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TitanFleet.Tests.Api.Files;
using TitanFleet.Tests.Api.Users;
using TitanFleet.Tests.Fixtures;
using static TitanFleet.Tests.Checks.CheckRequests;

namespace TitanFleet.Tests.Checks;

/// <summary>Submitting walkaround checks against a real silo: nil-defect reports, defects raised by failed items, the odometer reading and the audit trail.</summary>
[Collection(SingleSiloCollection.Name)]
public sealed class InspectionsApiTests(SingleSiloFixture fixture)
{
    [Fact]
    public async Task Submit_AllItemsPass_StoredAsNilDefectReport()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicle = company.Vehicles[0];
        using var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver"));

        var created = await RecordAsserts.JsonAsync(await SubmitAsync(driver.Client, Check(vehicle.VehicleId, HgvCodes)), HttpStatusCode.Created);
        var read = await driver.Client.GetFromJsonAsync<JsonElement>($"/api/inspections/{created.GetProperty("id").GetGuid()}");

        Assert.True(created.GetProperty("nilDefect").GetBoolean());
        Assert.Empty(created.GetProperty("defects").EnumerateArray());
        Assert.Equal((vehicle.VehicleId, vehicle.Registration, "hgv", "Test driver", 120_000, 75),
            (created.GetProperty("vehicleId").GetGuid(), created.GetProperty("registration").GetString(), created.GetProperty("vehicleType").GetString(),
             created.GetProperty("driverName").GetString(), created.GetProperty("odometerKm").GetInt32(), created.GetProperty("fuelLevelPercent").GetInt32()));
        var results = created.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(HgvCodes, results.Select(r => r.GetProperty("itemCode").GetString()));
        Assert.Equal(("Mirrors and glass", "cab", "pass"), (results[0].GetProperty("label").GetString(), results[0].GetProperty("category").GetString(), results[0].GetProperty("result").GetString()));
        Assert.Equal(created.ToString(), read.ToString());
        Assert.Equal(0, await CheckQueries.DefectCountAsync(fixture.ConnectionString, vehicle.VehicleId));
    }

    [Fact]
    public async Task Submit_FailedItem_RaisesDefectWithItemCategoryAndDefaultSeverity()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicle = company.Vehicles[0];
        using var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver"));

        var created = await RecordAsserts.JsonAsync(
            await SubmitAsync(driver.Client, Check(vehicle.VehicleId, HgvCodes, Fail("horn", "Horn does not sound"))), HttpStatusCode.Created);
        var defect = Assert.Single(created.GetProperty("defects").EnumerateArray());
        var stored = await CheckQueries.DefectAsync(fixture.ConnectionString, defect.GetProperty("id").GetGuid());
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var record = await manager.Client.GetFromJsonAsync<JsonElement>($"/api/vehicles/{vehicle.VehicleId}");

        Assert.False(created.GetProperty("nilDefect").GetBoolean());
        Assert.Equal(("horn", "minor"), (defect.GetProperty("itemCode").GetString(), defect.GetProperty("severity").GetString()));
        Assert.Equal(("cab", "Horn: Horn does not sound", "minor", "reported", created.GetProperty("id").GetGuid(), 120_000),
            (stored.Category, stored.Description, stored.Severity, stored.Status, stored.InspectionId!.Value, stored.OdometerKm!.Value));
        Assert.Equal("active", record.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Submit_FailWithSeverity_OverridesItemDefault()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver"));

        var created = await RecordAsserts.JsonAsync(await SubmitAsync(driver.Client,
            Check(company.Vehicles[0].VehicleId, HgvCodes, Fail("tyres_wheels", "Slight cut in sidewall", "minor"), Fail("horn", "Silent", "dangerous"))), HttpStatusCode.Created);

        Assert.Equal([("horn", "dangerous"), ("tyres_wheels", "minor")],
            created.GetProperty("defects").EnumerateArray().Select(d => (d.GetProperty("itemCode").GetString(), d.GetProperty("severity").GetString())));
    }

    [Fact]
    public async Task Submit_PhotoOfTheVehicle_KeptOnResultAndDefect()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicleId = company.Vehicles[0].VehicleId;
        using var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver"));
        var photo = (await RecordAsserts.JsonAsync(await driver.Client.PostAsync("/api/files", FileSamples.Form(FileSamples.Png, "mirror.png", "image/png", vehicleId)), HttpStatusCode.Created))
            .GetProperty("id").GetGuid();

        var created = await RecordAsserts.JsonAsync(
            await SubmitAsync(driver.Client, Check(vehicleId, HgvCodes, Fail("mirrors_glass", "Cracked nearside mirror", photos: photo))), HttpStatusCode.Created);
        var stored = await CheckQueries.DefectAsync(fixture.ConnectionString, created.GetProperty("defects")[0].GetProperty("id").GetGuid());

        Assert.Equal(photo, Assert.Single(created.GetProperty("results")[0].GetProperty("photoFileIds").EnumerateArray()).GetGuid());
        Assert.Equal([photo], stored.Photos);
    }

    [Fact]
    public async Task Submit_OdometerAheadOfRegister_RaisesMileageNeverLowersIt()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicleId = company.Vehicles[0].VehicleId;
        using var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver"));
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var ahead = Check(vehicleId, HgvCodes);
        ahead["odometerKm"] = 150_000;
        var behind = Check(vehicleId, HgvCodes);
        behind["odometerKm"] = 140_000;

        (await SubmitAsync(driver.Client, ahead)).EnsureSuccessStatusCode();
        var afterAhead = await manager.Client.GetFromJsonAsync<JsonElement>($"/api/vehicles/{vehicleId}");
        (await SubmitAsync(driver.Client, behind)).EnsureSuccessStatusCode();
        var afterBehind = await manager.Client.GetFromJsonAsync<JsonElement>($"/api/vehicles/{vehicleId}");

        Assert.Equal((150_000, 2), (afterAhead.GetProperty("mileageKm").GetInt32(), afterAhead.GetProperty("version").GetInt32()));
        Assert.Equal((150_000, 2), (afterBehind.GetProperty("mileageKm").GetInt32(), afterBehind.GetProperty("version").GetInt32()));
    }

    [Fact]
    public async Task Submit_WithDefects_AuditsInspectionDefectsAndVehicle()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicleId = company.Vehicles[0].VehicleId;
        using var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver"));
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));

        var created = await RecordAsserts.JsonAsync(await SubmitAsync(driver.Client,
            Check(vehicleId, HgvCodes, Fail("brakes_air", "Air pressure does not build"), Fail("horn", "Silent"))), HttpStatusCode.Created);
        var inspection = Assert.Single(await RecordAsserts.AuditTrailAsync(manager.Client, "inspection", created.GetProperty("id").GetGuid()));
        var defects = await Task.WhenAll(created.GetProperty("defects").EnumerateArray()
            .Select(d => RecordAsserts.AuditTrailAsync(manager.Client, "defect", d.GetProperty("id").GetGuid())));
        var vehicle = await RecordAsserts.AuditTrailAsync(manager.Client, "vehicle", vehicleId);

        Assert.Equal("create", inspection.GetProperty("action").GetString());
        Assert.Equal(2, defects.Length);
        Assert.All(defects, trail => Assert.Equal("create", Assert.Single(trail).GetProperty("action").GetString()));
        var requestIds = defects.Select(trail => trail[0].GetProperty("requestId").GetString()).Append(inspection.GetProperty("requestId").GetString()).ToHashSet();
        Assert.Single(requestIds);
        Assert.Contains(vehicle, entry => entry.GetProperty("changes").TryGetProperty("status", out var status) && status.GetProperty("after").GetString() == "vor");
        Assert.Contains(vehicle, entry => entry.GetProperty("changes").TryGetProperty("mileageKm", out var mileage) && mileage.GetProperty("after").GetInt32() == 120_000);
    }

    [Fact]
    public async Task Submit_RetiredVehicle_404NothingWritten()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicleId = company.Vehicles[0].VehicleId;
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        (await manager.Client.DeleteAsync($"/api/vehicles/{vehicleId}?version=1")).EnsureSuccessStatusCode();

        using var response = await SubmitAsync(manager.Client, Check(vehicleId, HgvCodes));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await CheckQueries.InspectionCountAsync(fixture.ConnectionString, vehicleId));
    }

    [Fact]
    public async Task Submit_AnotherCompanysVehicle_404LikeAMissingOne()
    {
        var owner = await fixture.NewCompanyAsync(vehicles: 1);
        var other = await fixture.NewCompanyAsync(vehicles: 0);
        using var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, other.Email("driver"));

        using var foreign = await SubmitAsync(driver.Client, Check(owner.Vehicles[0].VehicleId, HgvCodes));
        using var missing = await SubmitAsync(driver.Client, Check(Guid.NewGuid(), HgvCodes));

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (foreign.StatusCode, missing.StatusCode));
        Assert.Equal(0, await CheckQueries.InspectionCountAsync(fixture.ConnectionString, owner.Vehicles[0].VehicleId));
    }
}
