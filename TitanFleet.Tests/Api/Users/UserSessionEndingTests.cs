using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Api.Users;

/// <summary>Deactivation, a role change and a password change end the user's sessions on every silo; other edits do not.</summary>
[Collection(TwoSiloCollection.Name)]
public sealed class UserSessionEndingTests(TwoSiloFixture fixture)
{
    [Theory]
    [InlineData("deactivate")]
    [InlineData("role")]
    [InlineData("password")]
    public async Task Change_OnSiloA_UsersCookieOnSiloBRefusedAtOnce(string change)
    {
        var (admin, user, request) = await NewUserAsync();
        using var _ = admin;
        using var signedInOnB = await FleetHttp.SignInAsync(fixture.SiloB.BaseAddress, (string)request["email"]!, UserRequests.Password);
        Assert.Equal(HttpStatusCode.OK, (await signedInOnB.Client.GetAsync("/api/users/me")).StatusCode);
        var id = user.GetProperty("id").GetGuid();

        switch (change)
        {
            case "deactivate":
                (await admin.Client.DeleteAsync($"/api/users/{id}?version=1")).EnsureSuccessStatusCode();
                break;
            case "role":
                (await admin.Client.PutAsJsonAsync($"/api/users/{id}", UserRequests.Update(user, role: "mechanic"))).EnsureSuccessStatusCode();
                break;
            default:
                var link = await RecordAsserts.JsonAsync(await admin.Client.PostAsync($"/api/users/{id}/setup-link", null), HttpStatusCode.OK);
                using (var anonymous = fixture.SiloA.CreateClient())
                {
                    (await anonymous.PostAsJsonAsync("/api/users/setup-password", new { token = link.GetProperty("token").GetString(), password = "Changed-Password-77" }))
                        .EnsureSuccessStatusCode();
                }
                break;
        }

        using var after = await signedInOnB.Client.GetAsync("/api/users/me");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task PhoneChange_OnSiloA_UsersCookieOnSiloBStillWorks()
    {
        var (admin, user, request) = await NewUserAsync();
        using var _ = admin;
        using var signedInOnB = await FleetHttp.SignInAsync(fixture.SiloB.BaseAddress, (string)request["email"]!, UserRequests.Password);
        var update = UserRequests.Update(user);
        update["phone"] = "+44 7700 900999";

        (await admin.Client.PutAsJsonAsync($"/api/users/{user.GetProperty("id").GetGuid()}", update)).EnsureSuccessStatusCode();

        var me = await signedInOnB.Client.GetFromJsonAsync<JsonElement>("/api/users/me");
        Assert.Equal("+44 7700 900999", me.GetProperty("phone").GetString());
    }

    private async Task<(FleetHttp.SignedIn Admin, JsonElement User, Dictionary<string, object?> Request)> NewUserAsync()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        var admin = await FleetHttp.SignInAsync(fixture.SiloA.BaseAddress, company.Email("admin"));
        var request = UserRequests.Create(role: "manager");
        var created = await RecordAsserts.JsonAsync(await admin.Client.PostAsJsonAsync("/api/users", request), HttpStatusCode.Created);
        return (admin, created.GetProperty("user"), request);
    }
}
