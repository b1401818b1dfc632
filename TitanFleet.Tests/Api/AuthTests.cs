using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Api;

[Collection(SingleSiloCollection.Name)]
public sealed class AuthTests(SingleSiloFixture fixture)
{
    [Fact]
    public async Task Login_RightPassword_SetsHttpOnlySameSiteCookieAndMeReturnsUser()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = fixture.BaseAddress };

        using var login = await client.PostAsJsonAsync("/api/auth/login", new { email = company.Email("manager"), password = TestCompany.Password });

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var cookie = Assert.Single(login.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);

        using var me = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
        me.Headers.Add("Cookie", cookie.Split(';')[0]);
        using var meResponse = await client.SendAsync(me);
        var user = await meResponse.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(company.Email("manager"), user.GetProperty("email").GetString());
        Assert.Equal("manager", user.GetProperty("role").GetString());
        Assert.Equal(company.CompanyId, user.GetProperty("companyId").GetGuid());
        Assert.False(user.TryGetProperty("passwordHash", out _));
    }

    [Fact]
    public async Task Login_WrongPassword_Unauthorized()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var client = fixture.Silo.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/auth/login", new { email = company.Email("admin"), password = "not the password" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Login_MissingFields_ValidationProblemNamesThem()
    {
        using var client = fixture.Silo.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/auth/login", new { email = "" });

        var errors = await ProblemAssert.ValidationErrorsAsync(response);
        Assert.Contains("email", errors.Keys);
        Assert.Contains("password", errors.Keys);
    }

    [Fact]
    public async Task Me_WithoutCookie_Unauthorized()
    {
        using var client = fixture.Silo.CreateClient();

        using var response = await client.GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Logout_ThenMe_Unauthorized()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var signedIn = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("mechanic"));

        (await signedIn.Client.PostAsync("/api/auth/logout", null)).EnsureSuccessStatusCode();
        using var response = await signedIn.Client.GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task DemoSeed_ManagerLogin_Works()
    {
        using var signedIn = await FleetHttp.SignInAsync(fixture.BaseAddress, "manager@demo.titanfleet.test", "TitanDemo!2026");

        var vehicles = await signedIn.Client.GetFromJsonAsync<JsonElement>("/api/vehicles");

        Assert.Equal(25, vehicles.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Vehicles_DriverRole_Forbidden()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver"));

        using var response = await driver.Client.GetAsync("/api/vehicles");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
