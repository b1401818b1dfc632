using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using TitanFleet.Api.Auth;
using TitanFleet.Api.Reminders;
using TitanFleet.Grains.Company;
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

    [Theory]
    // 11:30 UTC on 1 December is 01:30 on 2 December at UTC+14: registered "today" there is tomorrow in UTC.
    [InlineData("Pacific/Kiritimati", "2026-12-01T11:30:00Z", "2026-12-02", true)]
    // 05:00 UTC on 1 December is 17:00 on 30 November at UTC-12: UTC's today is still tomorrow there.
    [InlineData("Etc/GMT+12", "2026-12-01T05:00:00Z", "2026-12-01", false)]
    public async Task DefaultsValidator_RegistrationDateAtTheCompanyDateBoundary_JudgedOnCompanyDate(string zoneId, string now, string registered, bool valid)
    {
        var company = await TestCompanyFactory.CreateAsync(silo.ConnectionString, vehicleCount: 0);
        await SetZoneAsync(company, zoneId);
        var http = new HttpContextAccessor
        {
            HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(FleetClaims.CompanyId, company.CompanyId.ToString())], "test")) },
        };
        var validator = new DefaultRemindersRequestValidator(new FakeTimeProvider(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)),
            http, silo.Services.GetRequiredService<CompanyTimeZoneCache>());

        var result = await validator.ValidateAsync(new DefaultRemindersRequest(DateOnly.Parse(registered, System.Globalization.CultureInfo.InvariantCulture), null, null, null, null));

        Assert.True(result.IsValid == valid, $"{registered} at {now} in {zoneId}: {string.Join("; ", result.Errors)}");
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
        await SetZoneAsync(company, zoneId);
        var local = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(zoneId)).DateTime);
        return (company, local, DateOnly.FromDateTime(now.UtcDateTime));
    }

    private async Task SetZoneAsync(TestCompany company, string zoneId)
    {
        await using var dataSource = NpgsqlDataSource.Create(silo.ConnectionString);
        await using var command = dataSource.CreateCommand("UPDATE companies SET time_zone = @zone WHERE id = @id");
        command.Parameters.AddWithValue("zone", zoneId);
        command.Parameters.AddWithValue("id", company.CompanyId);
        await command.ExecuteNonQueryAsync();
    }
}
