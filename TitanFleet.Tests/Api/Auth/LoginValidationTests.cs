using System.Net;
using System.Text;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Api.Auth;

[Collection(SingleSiloCollection.Name)]
public sealed class LoginValidationTests(SingleSiloFixture fixture)
{
    [Theory]
    [InlineData("""{"email":"admin\u0000@demo.titanfleet.test","password":"TitanDemo!2026"}""", "email")]
    [InlineData("""{"email":"nobody\u0000@nowhere.test","password":"x"}""", "email")]
    [InlineData("""{"email":"admin\ud800@demo.titanfleet.test","password":"TitanDemo!2026"}""", "email")]
    [InlineData("""{"email":"admin@demo.titanfleet.test","password":"Titan\u0000Demo!2026"}""", "password")]
    [InlineData("""{"email":"admin@demo.titanfleet.test","password":"\udc00"}""", "password")]
    public async Task Login_ControlOrBrokenCharacter_400NamesField(string body, string field)
    {
        using var client = fixture.Silo.CreateClient();

        using var response = await client.PostAsync("/api/auth/login", new StringContent(body, Encoding.UTF8, "application/json"));

        var errors = await ProblemAssert.ValidationErrorsAsync(response);
        Assert.Equal([field], errors.Keys);
    }

    [Fact]
    public async Task Login_EmailLongerThanAnyAddress_400NamesEmail()
    {
        using var client = fixture.Silo.CreateClient();
        var body = $$"""{"email":"{{new string('a', 300)}}@x.test","password":"x"}""";

        using var response = await client.PostAsync("/api/auth/login", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("email", (await ProblemAssert.ValidationErrorsAsync(response)).Keys);
    }
}
