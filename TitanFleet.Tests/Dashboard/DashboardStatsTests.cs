using System.Net.Http.Json;
using TitanFleet.Grains.Dashboard;
using TitanFleet.Tests.Defects;
using TitanFleet.Tests.Fixtures;
using TitanFleet.Tests.Shifts;

namespace TitanFleet.Tests.Dashboard;

/// <summary>GET /api/dashboard/stats: the header's figures follow vehicles going off road and back, defects changing severity, and shifts starting and ending.</summary>
[Collection(InProcessSiloCollection.Name)]
public sealed class DashboardStatsTests(InProcessSiloFixture silo)
{
    [Fact]
    public async Task Get_DangerousDefectRaisedThenRectified_VorAndOpenDefectsMoveAndComeBack()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 2);
        using var driver = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("driver"));
        using var mechanic = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("mechanic"));
        var before = await StatsAsync(mechanic.Client);

        var defect = await DefectRequests.ReportAsync(driver.Client, company.Vehicles[0].VehicleId, severity: "dangerous");
        var raised = await StatsAsync(mechanic.Client);
        await DefectRequests.RectifyAsync(mechanic.Client, defect);
        var rectified = await StatsAsync(mechanic.Client);

        Assert.Equal(new VehicleStatusCounts(Active: 2, Vor: 0, Maintenance: 0), before.Vehicles);
        Assert.Equal(new OpenDefectCounts(Minor: 0, Dangerous: 0), before.OpenDefects);
        Assert.Equal(new VehicleStatusCounts(Active: 1, Vor: 1, Maintenance: 0), raised.Vehicles);
        Assert.Equal(new OpenDefectCounts(Minor: 0, Dangerous: 1), raised.OpenDefects);
        Assert.Equal(before, rectified);
    }

    [Fact]
    public async Task Get_SeverityLoweredWhileAnotherDangerousDefectKeepsVehicleOffRoad_OpenDefectCountsFollow()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 1);
        using var driver = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("driver"));
        using var mechanic = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("mechanic"));
        await DefectRequests.ReportAsync(driver.Client, company.Vehicles[0].VehicleId, severity: "dangerous", category: "Brakes");
        var second = await DefectRequests.ReportAsync(driver.Client, company.Vehicles[0].VehicleId, severity: "dangerous", category: "Tyres");
        var raised = await StatsAsync(mechanic.Client);

        await DefectRequests.UpdateAsync(mechanic.Client, second, new { severity = "minor" });
        var lowered = await StatsAsync(mechanic.Client);

        Assert.Equal(new OpenDefectCounts(Minor: 0, Dangerous: 2), raised.OpenDefects);
        Assert.Equal(new OpenDefectCounts(Minor: 1, Dangerous: 1), lowered.OpenDefects);
        Assert.Equal(new VehicleStatusCounts(Active: 0, Vor: 1, Maintenance: 0), lowered.Vehicles);
    }

    [Fact]
    public async Task Get_ShiftStartedThenEnded_DriversOnShiftMovesUpAndBack()
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 1);
        using var driver = await ShiftDriver.SignInAsync(silo.BaseAddress, silo.ConnectionString, company, company.Email("driver"));
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));
        var before = await StatsAsync(manager.Client);

        await driver.CheckAndStartAsync(company.Vehicles[0].VehicleId);
        var onShift = await StatsAsync(manager.Client);
        (await driver.EndAsync(odometerKm: 120_050)).EnsureSuccessStatusCode();
        var ended = await StatsAsync(manager.Client);

        Assert.Equal((0, 1, 0), (before.DriversOnShift, onShift.DriversOnShift, ended.DriversOnShift));
    }

    private static async Task<DashboardStats> StatsAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<DashboardStats>("/api/dashboard/stats"))!;
}
