using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Api.Vehicles;

/// <summary>Every rule answers 400 problem+json naming the field, and nothing is written.</summary>
[Collection(SingleSiloCollection.Name)]
public sealed class VehicleValidationTests(SingleSiloFixture fixture)
{
    public static TheoryData<string, object?> BadCreateFields => new()
    {
        { "registration", null },
        { "registration", "" },
        { "registration", "NOT A PLATE" },
        { "registration", "AB12CDE1" },
        { "registration", new string('A', 40) },
        { "make", new string('m', 61) },
        { "make", "Vol\u0000vo" },
        { "model", new string('m', 61) },
        { "year", 1899 },
        { "year", DateTime.UtcNow.Year + 2 },
        { "vin", "WF0XXXTTGXJY1234" },
        { "vin", "WF0XXXTTGXJY123456" },
        { "vin", "WF0XXXTTGXJY1234I" },
        { "vin", "WF0XXXTTGXJY1234O" },
        { "vin", "WF0XXXTTGXJY1234Q" },
        { "type", null },
        { "type", "lorry" },
        { "status", "retired" },
        { "status", "parked" },
        { "mileageKm", -1 },
        { "mileageKm", 10_000_001 },
        { "depot", new string('d', 101) },
        { "depot", "Leeds\n" },
    };

    [Theory]
    [MemberData(nameof(BadCreateFields))]
    public async Task Create_InvalidField_400NamingFieldNothingWritten(string field, object? value)
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var body = VehicleRequests.Create();
        body[field] = value;

        using var response = await manager.Client.PostAsJsonAsync("/api/vehicles", body);

        var errors = await ProblemAssert.ValidationErrorsAsync(response);
        Assert.Equal([field], errors.Keys);
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM vehicles WHERE company_id = @company", company.CompanyId));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM audit_log WHERE company_id = @company", company.CompanyId));
    }

    [Theory]
    [InlineData("status", null)]
    [InlineData("status", "scrapped")]
    [InlineData("mileageKm", null)]
    [InlineData("version", null)]
    [InlineData("version", 0)]
    [InlineData("registration", "12345678")]
    public async Task Update_InvalidField_400NamingFieldUnchanged(string field, object? value)
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var created = await VehicleRequests.CreateAsync(manager.Client);

        using var response = await manager.Client.PutAsJsonAsync($"/api/vehicles/{created.Id()}", VehicleRequests.UpdateFrom(created, (field, value)));

        Assert.Equal([field], (await ProblemAssert.ValidationErrorsAsync(response)).Keys);
        Assert.Equal(1, (await manager.Client.GetFromJsonAsync<JsonElement>($"/api/vehicles/{created.Id()}")).Version());
    }

    [Theory]
    [InlineData("", "version")]
    [InlineData("?version=0", "version")]
    public async Task Delete_MissingOrBadVersion_400NamingVersion(string query, string field)
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var created = await VehicleRequests.CreateAsync(manager.Client);

        using var response = await manager.Client.DeleteAsync($"/api/vehicles/{created.Id()}{query}");

        Assert.Equal([field], (await ProblemAssert.ValidationErrorsAsync(response)).Keys);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=201", "limit")]
    [InlineData("status=parked", "status")]
    [InlineData("type=lorry", "type")]
    [InlineData("sort=make", "sort")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    [InlineData("depot=a%00b", "depot")]
    public async Task List_InvalidQuery_400NamingParameter(string query, string field)
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));

        using var response = await manager.Client.GetAsync($"/api/vehicles?{query}");

        Assert.Equal([field], (await ProblemAssert.ValidationErrorsAsync(response)).Keys);
    }

    [Fact]
    public async Task List_CursorOfAnotherSort_400NamingCursor()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 3);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var page = await manager.Client.GetFromJsonAsync<JsonElement>("/api/vehicles?limit=1");

        using var response = await manager.Client.GetAsync($"/api/vehicles?sort=-createdAt&cursor={page.GetProperty("nextCursor").GetString()}");

        Assert.Equal(["cursor"], (await ProblemAssert.ValidationErrorsAsync(response)).Keys);
    }

    [Theory]
    [InlineData("from=9999-12-31T00:00:00Z", "from")]
    [InlineData("to=9999-12-31T23:59:59Z", "to")]
    [InlineData("from=9999-12-31T00:00:00Z&to=9999-12-31T23:59:59Z", "from")]
    [InlineData("from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z", "to")]
    [InlineData("from=2026-01-01T00:00:00Z&to=2026-03-01T00:00:00Z", "to")]
    public async Task Trail_BadWindow_400NamingParameter(string query, string field)
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));

        using var response = await manager.Client.GetAsync($"/api/vehicles/{company.Vehicles[0].VehicleId}/trail?{query}");

        Assert.Contains(field, (await ProblemAssert.ValidationErrorsAsync(response)).Keys);
    }

    [Fact]
    public async Task Create_LoneSurrogateInText_400NamingFieldNotWritten()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));

        using var response = await manager.Client.PostAsync("/api/vehicles",
            new StringContent("{\"registration\":\"AB12CDE\",\"type\":\"van\",\"depot\":\"Leeds\\ud800\"}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(["depot"], (await ProblemAssert.ValidationErrorsAsync(response)).Keys);
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM vehicles WHERE company_id = @company", company.CompanyId));
    }

    [Fact]
    public async Task Create_MalformedJson_400NotWritten()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));

        using var response = await manager.Client.PostAsync("/api/vehicles", new StringContent("{\"year\":\"old\"}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM vehicles WHERE company_id = @company", company.CompanyId));
    }

    private async Task<long> CountAsync(string sql, Guid companyId)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("company", companyId);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
