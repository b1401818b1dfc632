using System.Net;
using System.Net.Http.Json;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Defects;

/// <summary>The DOMAIN.md status flow over HTTP: forward moves pass, the rest are 409 naming status and write nothing.</summary>
[Collection(SingleSiloCollection.Name)]
public sealed class DefectFlowTests(SingleSiloFixture fixture)
{
    [Fact]
    public async Task Update_AcknowledgeThenStart_BothWrittenVersionRisesAudited()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver"));
        using var mechanic = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("mechanic"));
        var reported = await DefectRequests.ReportAsync(driver.Client, company.Vehicles[0].VehicleId);

        var acknowledged = await DefectRequests.UpdateAsync(mechanic.Client, reported, new { status = "acknowledged" });
        var started = await DefectRequests.UpdateAsync(mechanic.Client, acknowledged, new { status = "inProgress" });

        Assert.Equal(("reported", 1), (reported.Status(), reported.Version()));
        Assert.Equal(("acknowledged", 2), (acknowledged.Status(), acknowledged.Version()));
        Assert.Equal(("inProgress", 3), (started.Status(), started.Version()));
        Assert.Equal(1, await DefectRequests.AuditCountAsync(fixture.ConnectionString, "defect", reported.Id(), "create"));
        Assert.Equal(2, await DefectRequests.AuditCountAsync(fixture.ConnectionString, "defect", reported.Id(), "update"));
    }

    [Theory]
    [InlineData("rectified")]
    [InlineData("noCorrectionNeeded")]
    public async Task Update_ToResolvedStatus_409NamingStatusUnchanged(string status)
    {
        var (mechanic, defect) = await ReportedAsync();
        using (mechanic)
        {
            using var response = await mechanic.Client.PutAsJsonAsync($"/api/defects/{defect.Id()}", DefectRequests.With(new { status }, 1));

            var (fields, problem) = await DefectRequests.ConflictAsync(response);
            Assert.Equal(["status"], fields);
            Assert.Equal("reported", problem.GetProperty("currentStatus").GetString());
            Assert.Equal("reported", (await DefectRequests.GetAsync(mechanic.Client, defect.Id())).Status());
        }
    }

    [Fact]
    public async Task Update_BackFromInProgressToAcknowledged_409NamingStatus()
    {
        var (mechanic, defect) = await ReportedAsync();
        using (mechanic)
        {
            var started = await DefectRequests.UpdateAsync(mechanic.Client, defect, new { status = "inProgress" });

            using var response = await mechanic.Client.PutAsJsonAsync($"/api/defects/{defect.Id()}", DefectRequests.With(new { status = "acknowledged" }, started.Version()));

            Assert.Equal(["status"], (await DefectRequests.ConflictAsync(response)).Fields);
            Assert.Equal("inProgress", (await DefectRequests.GetAsync(mechanic.Client, defect.Id())).Status());
        }
    }

    [Fact]
    public async Task Update_ResolvedDefect_409NamingStatus()
    {
        var (mechanic, defect) = await ReportedAsync();
        using (mechanic)
        {
            await DefectRequests.RectifyAsync(mechanic.Client, defect);
            var current = await DefectRequests.GetAsync(mechanic.Client, defect.Id());

            using var response = await mechanic.Client.PutAsJsonAsync($"/api/defects/{defect.Id()}", DefectRequests.With(new { severity = "dangerous" }, current.Version()));

            Assert.Equal(["status"], (await DefectRequests.ConflictAsync(response)).Fields);
            Assert.Equal("minor", (await DefectRequests.GetAsync(mechanic.Client, defect.Id())).GetProperty("severity").GetString());
        }
    }

    [Fact]
    public async Task Update_StaleVersion_409WithCurrentVersionNothingWritten()
    {
        var (mechanic, defect) = await ReportedAsync();
        using (mechanic)
        {
            await DefectRequests.UpdateAsync(mechanic.Client, defect, new { status = "acknowledged" });

            using var response = await mechanic.Client.PutAsJsonAsync($"/api/defects/{defect.Id()}", DefectRequests.With(new { severity = "dangerous" }, 1));

            var (fields, problem) = await DefectRequests.ConflictAsync(response);
            Assert.Equal(["version"], fields);
            Assert.Equal(2, problem.GetProperty("currentVersion").GetInt32());
            Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
            Assert.Equal("minor", (await DefectRequests.GetAsync(mechanic.Client, defect.Id())).GetProperty("severity").GetString());
        }
    }

    [Fact]
    public async Task Update_UnknownStatusName_400NamingStatus()
    {
        var (mechanic, defect) = await ReportedAsync();
        using (mechanic)
        {
            using var response = await mechanic.Client.PutAsJsonAsync($"/api/defects/{defect.Id()}", DefectRequests.With(new { status = "fixed" }, 1));

            Assert.Contains("status", (await ProblemAssert.ValidationErrorsAsync(response)).Keys);
        }
    }

    [Fact]
    public async Task Rectify_FromReported_409NamingStatusNothingWritten()
    {
        var (mechanic, defect) = await ReportedAsync();
        using (mechanic)
        {
            using var response = await mechanic.Client.PostAsJsonAsync($"/api/defects/{defect.Id()}/rectifications", new { outcome = "rectified", workDone = "Replaced the bulb" });

            Assert.Equal(["status"], (await DefectRequests.ConflictAsync(response)).Fields);
            Assert.Empty((await DefectRequests.GetAsync(mechanic.Client, defect.Id())).GetProperty("rectifications").EnumerateArray());
        }
    }

    [Fact]
    public async Task Rectify_NoCorrectionNeededFromReported_ResolvedWithReasonAndSignOff()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver"));
        using var mechanic = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("mechanic"));
        var defect = await DefectRequests.ReportAsync(driver.Client, company.Vehicles[0].VehicleId);
        var me = await mechanic.Client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/auth/me");

        using var response = await mechanic.Client.PostAsJsonAsync($"/api/defects/{defect.Id()}/rectifications",
            new { outcome = "noCorrectionNeeded", reason = "Lamp works; dirty lens" });
        var rectification = await DefectRequests.ReadSuccessAsync(response);
        var current = await DefectRequests.GetAsync(mechanic.Client, defect.Id());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(me.GetProperty("id").GetGuid(), rectification.GetProperty("mechanicId").GetGuid());
        Assert.True(rectification.GetProperty("signedOffAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-1));
        Assert.Equal("noCorrectionNeeded", current.Status());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, current.GetProperty("resolvedAt").ValueKind);
        Assert.Equal("Lamp works; dirty lens", current.GetProperty("rectifications")[0].GetProperty("reason").GetString());
        Assert.Equal(1, await DefectRequests.AuditCountAsync(fixture.ConnectionString, "rectification", rectification.Id(), "create"));
    }

    [Fact]
    public async Task Rectify_Twice_SecondIs409NamingStatus()
    {
        var (mechanic, defect) = await ReportedAsync();
        using (mechanic)
        {
            await DefectRequests.RectifyAsync(mechanic.Client, defect);

            using var response = await mechanic.Client.PostAsJsonAsync($"/api/defects/{defect.Id()}/rectifications", new { outcome = "noCorrectionNeeded", reason = "Again" });

            Assert.Equal(["status"], (await DefectRequests.ConflictAsync(response)).Fields);
            Assert.Single((await DefectRequests.GetAsync(mechanic.Client, defect.Id())).GetProperty("rectifications").EnumerateArray());
        }
    }

    [Theory]
    [InlineData("rectified", "workDone")]
    [InlineData("noCorrectionNeeded", "reason")]
    public async Task Rectify_WithoutItsText_400NamingFieldNothingWritten(string outcome, string field)
    {
        var (mechanic, defect) = await ReportedAsync();
        using (mechanic)
        {
            var started = await DefectRequests.UpdateAsync(mechanic.Client, defect, new { status = "inProgress" });

            using var response = await mechanic.Client.PostAsJsonAsync($"/api/defects/{defect.Id()}/rectifications", new { outcome, workDone = "  ", reason = "" });

            Assert.Equal([field], (await ProblemAssert.ValidationErrorsAsync(response)).Keys);
            Assert.Equal(started.Version(), (await DefectRequests.GetAsync(mechanic.Client, defect.Id())).Version());
        }
    }

    private async Task<(FleetHttp.SignedIn Mechanic, System.Text.Json.JsonElement Defect)> ReportedAsync()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver"));
        var mechanic = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("mechanic"));
        return (mechanic, await DefectRequests.ReportAsync(driver.Client, company.Vehicles[0].VehicleId));
    }
}
