using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TitanFleet.Tests.Api.Files;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Defects;

/// <summary>Who sees, comments on and is assigned defects: drivers only their own; assignees are the company's defect workers.</summary>
[Collection(SingleSiloCollection.Name)]
public sealed class DefectAccessTests(SingleSiloFixture fixture)
{
    [Fact]
    public async Task List_Driver_SeesOnlyOwnReportsMechanicSeesAll()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver"));
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        using var mechanic = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("mechanic"));
        var mine = await DefectRequests.ReportAsync(driver.Client, company.Vehicles[0].VehicleId);
        var managers = await DefectRequests.ReportAsync(manager.Client, company.Vehicles[0].VehicleId);

        var driverList = await driver.Client.GetFromJsonAsync<JsonElement>("/api/defects?open=true");
        var mechanicList = await mechanic.Client.GetFromJsonAsync<JsonElement>("/api/defects?open=true");
        using var othersDefect = await driver.Client.GetAsync($"/api/defects/{managers.Id()}");
        using var othersComment = await driver.Client.PostAsJsonAsync($"/api/defects/{managers.Id()}/comments", new { body = "Me too" });

        Assert.Equal([mine.Id()], driverList.GetProperty("items").EnumerateArray().Select(d => d.Id()));
        Assert.Equal([managers.Id(), mine.Id()], mechanicList.GetProperty("items").EnumerateArray().Select(d => d.Id()));
        Assert.Equal(HttpStatusCode.NotFound, othersDefect.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, othersComment.StatusCode);
    }

    [Fact]
    public async Task Comment_DriverOnOwnAndMechanic_BothTimestampedInOrderAudited()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver"));
        using var mechanic = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("mechanic"));
        var defect = await DefectRequests.ReportAsync(driver.Client, company.Vehicles[0].VehicleId);

        var first = await DefectRequests.ReadSuccessAsync(await driver.Client.PostAsJsonAsync($"/api/defects/{defect.Id()}/comments", new { body = "It flickers\nthen dies" }));
        await DefectRequests.ReadSuccessAsync(await mechanic.Client.PostAsJsonAsync($"/api/defects/{defect.Id()}/comments", new { body = "Bulb ordered" }));
        var comments = (await DefectRequests.GetAsync(driver.Client, defect.Id())).GetProperty("comments").EnumerateArray().ToArray();

        Assert.Equal(["It flickers\nthen dies", "Bulb ordered"], comments.Select(c => c.GetProperty("body").GetString()));
        Assert.Equal(["Test driver", "Test mechanic"], comments.Select(c => c.GetProperty("authorName").GetString()));
        Assert.True(comments[0].GetProperty("createdAt").GetDateTimeOffset() <= comments[1].GetProperty("createdAt").GetDateTimeOffset());
        Assert.Equal(1, await DefectRequests.AuditCountAsync(fixture.ConnectionString, "defect_comment", first.Id(), "create"));
    }

    [Fact]
    public async Task Comment_Blank_400NamingBody()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver"));
        var defect = await DefectRequests.ReportAsync(driver.Client, company.Vehicles[0].VehicleId);

        using var response = await driver.Client.PostAsJsonAsync($"/api/defects/{defect.Id()}/comments", new { body = "   " });

        Assert.Equal(["body"], (await ProblemAssert.ValidationErrorsAsync(response)).Keys);
    }

    [Fact]
    public async Task Update_AssignToMechanic_NameShownAndAssignedFilterFindsIt()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver"));
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var mechanicId = await UserIdAsync(company.Email("mechanic"));
        var defect = await DefectRequests.ReportAsync(driver.Client, company.Vehicles[0].VehicleId);

        var assigned = await DefectRequests.UpdateAsync(manager.Client, defect, new { assignedTo = mechanicId });
        var list = await manager.Client.GetFromJsonAsync<JsonElement>($"/api/defects?assignedTo={mechanicId}");

        Assert.Equal(mechanicId, assigned.GetProperty("assignedTo").GetGuid());
        Assert.Equal("Test mechanic", assigned.GetProperty("assignedToName").GetString());
        Assert.Equal([defect.Id()], list.GetProperty("items").EnumerateArray().Select(d => d.Id()));
    }

    [Fact]
    public async Task Update_AssignedToNull_UnassignsButOmittedKeepsAssignee()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver"));
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var mechanicId = await UserIdAsync(company.Email("mechanic"));
        var defect = await DefectRequests.ReportAsync(driver.Client, company.Vehicles[0].VehicleId);
        var assigned = await DefectRequests.UpdateAsync(manager.Client, defect, new { assignedTo = mechanicId });

        var acknowledged = await DefectRequests.UpdateAsync(manager.Client, assigned, new { status = "acknowledged" });
        var unassigned = await DefectRequests.UpdateAsync(manager.Client, acknowledged, new Dictionary<string, object?> { ["assignedTo"] = null });
        var list = await manager.Client.GetFromJsonAsync<JsonElement>($"/api/defects?assignedTo={mechanicId}");

        Assert.Equal(mechanicId, acknowledged.GetProperty("assignedTo").GetGuid());
        Assert.Equal(JsonValueKind.Null, unassigned.GetProperty("assignedTo").ValueKind);
        Assert.Equal(JsonValueKind.Null, unassigned.GetProperty("assignedToName").ValueKind);
        Assert.Equal(acknowledged.Version() + 1, unassigned.Version());
        Assert.Empty(list.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Comment_OnDefect_BumpsVersionSoAnUpdateFromTheOlderReadIs409()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver"));
        using var mechanic = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("mechanic"));
        var defect = await DefectRequests.ReportAsync(driver.Client, company.Vehicles[0].VehicleId);

        using var commented = await driver.Client.PostAsJsonAsync($"/api/defects/{defect.Id()}/comments", new { body = "It is worse now" });
        using var stale = await mechanic.Client.PutAsJsonAsync($"/api/defects/{defect.Id()}", DefectRequests.With(new { status = "acknowledged" }, defect.Version()));
        var current = await DefectRequests.GetAsync(mechanic.Client, defect.Id());

        Assert.Equal(HttpStatusCode.Created, commented.StatusCode);
        Assert.Equal($"\"{defect.Version() + 1}\"", commented.Headers.ETag?.Tag);
        Assert.Equal(["version"], (await DefectRequests.ConflictAsync(stale)).Fields);
        Assert.Equal((defect.Version() + 1, "reported"), (current.Version(), current.Status()));
    }

    [Fact]
    public async Task Update_AssignToDriverOrAnotherCompanysMechanic_400NamingAssignedTo()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var other = await fixture.NewCompanyAsync(vehicles: 0);
        using var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver"));
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var defect = await DefectRequests.ReportAsync(driver.Client, company.Vehicles[0].VehicleId);

        foreach (var assignee in new[] { await UserIdAsync(company.Email("driver")), await UserIdAsync(other.Email("mechanic")) })
        {
            using var response = await manager.Client.PutAsJsonAsync($"/api/defects/{defect.Id()}", DefectRequests.With(new { assignedTo = assignee }, 1));
            Assert.Equal(["assignedTo"], (await ProblemAssert.ValidationErrorsAsync(response)).Keys);
        }
        Assert.Equal(1, (await DefectRequests.GetAsync(manager.Client, defect.Id())).Version());
    }

    [Fact]
    public async Task Get_AnotherCompanysDefect_404LikeMissing()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var other = await fixture.NewCompanyAsync(vehicles: 0);
        using var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver"));
        using var outsider = await FleetHttp.SignInAsync(fixture.BaseAddress, other.Email("admin"));
        var defect = await DefectRequests.ReportAsync(driver.Client, company.Vehicles[0].VehicleId);

        using var theirs = await outsider.Client.GetAsync($"/api/defects/{defect.Id()}");
        using var missing = await outsider.Client.GetAsync($"/api/defects/{Guid.NewGuid()}");
        using var update = await outsider.Client.PutAsJsonAsync($"/api/defects/{defect.Id()}", DefectRequests.With(new { status = "acknowledged" }, 1));

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (theirs.StatusCode, missing.StatusCode, update.StatusCode));
        Assert.Equal(missing.Content.Headers.ContentType?.MediaType, theirs.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Report_PhotoOfAnotherVehicle_400NamingPhotoFileIds()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 2);
        using var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver"));
        var photo = await UploadAsync(driver.Client, "vehicle", company.Vehicles[1].VehicleId);

        using var response = await driver.Client.PostAsJsonAsync("/api/defects", new
        {
            vehicleId = company.Vehicles[0].VehicleId,
            category = "Body",
            description = "Dent",
            severity = "minor",
            photoFileIds = new[] { photo },
        });

        Assert.Equal(["photoFileIds"], (await ProblemAssert.ValidationErrorsAsync(response)).Keys);
    }

    [Fact]
    public async Task UploadFile_DefectOwner_MechanicAttachesRepairPhotoListedOnDefect()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver"));
        using var mechanic = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("mechanic"));
        var vehiclePhoto = await UploadAsync(driver.Client, "vehicle", company.Vehicles[0].VehicleId);
        using var reported = await driver.Client.PostAsJsonAsync("/api/defects", new
        {
            vehicleId = company.Vehicles[0].VehicleId,
            category = "Body",
            description = "Dent",
            severity = "minor",
            photoFileIds = new[] { vehiclePhoto },
        });
        var defect = await DefectRequests.ReadSuccessAsync(reported);

        var repairPhoto = await UploadAsync(mechanic.Client, "defect", defect.Id());
        var files = await mechanic.Client.GetFromJsonAsync<JsonElement>($"/api/files?entityType=defect&entityId={defect.Id()}");

        Assert.Equal([vehiclePhoto], defect.GetProperty("photoFileIds").EnumerateArray().Select(p => p.GetGuid()));
        Assert.Equal([repairPhoto], files.GetProperty("items").EnumerateArray().Select(f => f.Id()));
    }

    private static async Task<Guid> UploadAsync(HttpClient client, string entityType, Guid entityId)
    {
        using var form = FileSamples.Form(FileSamples.Png, "photo.png", "image/png", entityId, entityType);
        using var response = await client.PostAsync("/api/files", form);
        return (await DefectRequests.ReadSuccessAsync(response)).Id();
    }

    private async Task<Guid> UserIdAsync(string email)
    {
        await using var dataSource = Npgsql.NpgsqlDataSource.Create(fixture.ConnectionString);
        await using var command = dataSource.CreateCommand("SELECT id FROM users WHERE email = @email");
        command.Parameters.AddWithValue("email", email);
        return (Guid)(await command.ExecuteScalarAsync())!;
    }
}
