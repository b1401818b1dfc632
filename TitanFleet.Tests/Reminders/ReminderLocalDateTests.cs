using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Reminders;

/// <summary>
/// Completing a reminder and the default set count from the company's own date, not UTC's. The company sits in
/// a zone whose date differs from UTC's at the moment the test runs: UTC-12 before 11:00 UTC, UTC+14 after.
/// </summary>
[Collection(InProcessSiloCollection.Name)]
public sealed class ReminderLocalDateTests(InProcessSiloFixture silo)
{
    [Fact]
    public async Task Complete_WeeklyDueAtTheDateBoundary_RollsForwardFromCompanyDate()
    {
        var (company, local, utc) = await FarZoneCompanyAsync();
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));
        // One week before the later of the two dates: its next week lands on one date and is past the other.
        var due = (local > utc ? local : utc).AddDays(-7);
        var reminder = await ReminderRequests.CreateAsync(manager.Client,
            ReminderRequests.Dated(company.Vehicles[0].VehicleId, "safetyInspection", due, recurWeeks: 1));

        var rolled = await ReminderRequests.CompleteAsync(manager.Client, reminder);

        var expected = FirstWeekAfter(due, local);
        Assert.NotEqual(FirstWeekAfter(due, utc), expected);
        Assert.Equal(expected.ToString("yyyy-MM-dd"), rolled.GetProperty("dueDate").GetString());
    }

    [Fact]
    public async Task Defaults_SafetyInspection_DueWeeksFromCompanyDate()
    {
        var (company, local, utc) = await FarZoneCompanyAsync();
        using var manager = await FleetHttp.SignInAsync(silo.BaseAddress, company.Email("manager"));

        using var response = await manager.Client.PostAsJsonAsync($"/api/vehicles/{company.Vehicles[0].VehicleId}/reminders/defaults",
            new { registrationDate = utc.AddMonths(-30).ToString("yyyy-MM-dd"), safetyInspectionWeeks = 6 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var inspection = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Single(r => r.GetProperty("type").GetString() == "safetyInspection");
        Assert.NotEqual(local, utc);
        Assert.Equal(local.AddDays(42).ToString("yyyy-MM-dd"), inspection.GetProperty("dueDate").GetString());
    }

    private static DateOnly FirstWeekAfter(DateOnly due, DateOnly day)
    {
        var next = due.AddDays(7);
        while (next <= day) next = next.AddDays(7);
        return next;
    }

    /// <summary>A new company in a zone whose date is not UTC's now (with at least an hour to spare), its local date and UTC's.</summary>
    private async Task<(TestCompany Company, DateOnly Local, DateOnly Utc)> FarZoneCompanyAsync()
    {
        var now = DateTimeOffset.UtcNow;
        var zoneId = now.Hour < 11 ? "Etc/GMT+12" : "Pacific/Kiritimati";
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 1);
        await using var dataSource = NpgsqlDataSource.Create(silo.ConnectionString);
        await using var command = dataSource.CreateCommand("UPDATE companies SET time_zone = @zone WHERE id = @id");
        command.Parameters.AddWithValue("zone", zoneId);
        command.Parameters.AddWithValue("id", company.CompanyId);
        await command.ExecuteNonQueryAsync();
        var local = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(zoneId)).DateTime);
        return (company, local, DateOnly.FromDateTime(now.UtcDateTime));
    }
}
