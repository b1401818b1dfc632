using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Api.Users;

/// <summary>/api/users: create, read, update, deactivate, conflicts and the audit trail, against a real silo.</summary>
[Collection(SingleSiloCollection.Name)]
public sealed class UsersApiTests(SingleSiloFixture fixture)
{
    [Fact]
    public async Task Create_WithPassword_UserSignsInAndAuditHasNoSecret()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var admin = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("admin"));
        var request = UserRequests.Create(role: "mechanic");

        var created = await RecordAsserts.JsonAsync(await admin.Client.PostAsJsonAsync("/api/users", request), HttpStatusCode.Created);

        var user = created.GetProperty("user");
        Assert.Equal(JsonValueKind.Null, created.GetProperty("setupLink").ValueKind);
        Assert.Equal(("mechanic", true, true, 1), (user.GetProperty("role").GetString(), user.GetProperty("active").GetBoolean(), user.GetProperty("hasPassword").GetBoolean(), user.GetProperty("version").GetInt32()));
        using var newcomer = await FleetHttp.SignInAsync(fixture.BaseAddress, (string)request["email"]!, UserRequests.Password);
        var entry = Assert.Single(await RecordAsserts.AuditTrailAsync(admin.Client, "user", user.GetProperty("id").GetGuid()));
        Assert.Equal("create", entry.GetProperty("action").GetString());
        Assert.Equal("mechanic", entry.GetProperty("changes").GetProperty("role").GetProperty("after").GetString());
        Assert.DoesNotContain(UserRequests.Password, entry.GetRawText());
    }

    [Fact]
    public async Task Create_WithoutPassword_SetupTokenSetsPasswordOnce()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var admin = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("admin"));
        var request = UserRequests.Create(role: "driver", password: null);
        var email = (string)request["email"]!;

        var created = await RecordAsserts.JsonAsync(await admin.Client.PostAsJsonAsync("/api/users", request), HttpStatusCode.Created);
        var token = created.GetProperty("setupLink").GetProperty("token").GetString()!;
        Assert.False(created.GetProperty("user").GetProperty("hasPassword").GetBoolean());
        using var anonymous = fixture.Silo.CreateClient();
        using var before = await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = UserRequests.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, before.StatusCode);

        using var set = await anonymous.PostAsJsonAsync("/api/users/setup-password", new { token, password = UserRequests.Password });
        Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
        using var signedIn = await FleetHttp.SignInAsync(fixture.BaseAddress, email, UserRequests.Password);
        using var again = await anonymous.PostAsJsonAsync("/api/users/setup-password", new { token, password = "Another-Password-43" });
        Assert.Contains("token", (await ProblemAssert.ValidationErrorsAsync(again)).Keys);
    }

    [Fact]
    public async Task SetPassword_ExpiredOrUnknownToken_400NamingToken()
    {
        using var anonymous = fixture.Silo.CreateClient();

        using var response = await anonymous.PostAsJsonAsync("/api/users/setup-password", new { token = "tfs_not-a-real-token", password = UserRequests.Password });

        Assert.Equal(["token"], (await ProblemAssert.ValidationErrorsAsync(response)).Keys);
    }

    [Fact]
    public async Task IssueSetupLink_ExistingUser_OldTokenStopsWorkingNewOneSetsPassword()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var admin = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("admin"));
        var created = await RecordAsserts.JsonAsync(await admin.Client.PostAsJsonAsync("/api/users", UserRequests.Create(password: null)), HttpStatusCode.Created);
        var userId = created.GetProperty("user").GetProperty("id").GetGuid();
        var first = created.GetProperty("setupLink").GetProperty("token").GetString();

        var link = await RecordAsserts.JsonAsync(await admin.Client.PostAsync($"/api/users/{userId}/setup-link", null), HttpStatusCode.OK);

        using var anonymous = fixture.Silo.CreateClient();
        using var withOld = await anonymous.PostAsJsonAsync("/api/users/setup-password", new { token = first, password = UserRequests.Password });
        Assert.Contains("token", (await ProblemAssert.ValidationErrorsAsync(withOld)).Keys);
        using var withNew = await anonymous.PostAsJsonAsync("/api/users/setup-password", new { token = link.GetProperty("token").GetString(), password = UserRequests.Password });
        Assert.Equal(HttpStatusCode.NoContent, withNew.StatusCode);
        var trail = await RecordAsserts.AuditTrailAsync(admin.Client, "user", userId);
        Assert.Equal(["update", "update", "create"], trail.Select(e => e.GetProperty("action").GetString()));
        Assert.Equal(userId, trail[0].GetProperty("userId").GetGuid());
    }

    [Fact]
    public async Task Create_EmailOfAnotherCompanysUserInOtherCase_409NamingEmail()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        var other = await fixture.NewCompanyAsync(vehicles: 0);
        using var admin = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("admin"));
        var request = UserRequests.Create();
        request["email"] = other.Email("driver").ToUpperInvariant();

        using var response = await admin.Client.PostAsJsonAsync("/api/users", request);

        Assert.Equal("email", await RecordAsserts.ConflictFieldAsync(response));
        var list = await admin.Client.GetFromJsonAsync<JsonElement>("/api/users");
        Assert.Equal(4, list.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Create_UsernameTakenInOtherCase_409NamingUsername()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var admin = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("admin"));
        var first = UserRequests.Create();
        (await admin.Client.PostAsJsonAsync("/api/users", first)).EnsureSuccessStatusCode();
        var second = UserRequests.Create();
        second["username"] = ((string)first["username"]!).ToUpperInvariant();

        using var response = await admin.Client.PostAsJsonAsync("/api/users", second);

        Assert.Equal("username", await RecordAsserts.ConflictFieldAsync(response));
    }

    [Theory]
    [InlineData("email", "not-an-email")]
    [InlineData("email", null)]
    [InlineData("fullName", "")]
    [InlineData("fullName", "Bad\u0000Name")]
    [InlineData("username", "a")]
    [InlineData("username", "has spaces")]
    [InlineData("phone", "call me")]
    [InlineData("role", "owner")]
    [InlineData("role", null)]
    [InlineData("password", "Sh1!")]
    [InlineData("password", "nouppercase-or-digit")]
    public async Task Create_InvalidField_400NamingItAndNothingWritten(string field, string? value)
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var admin = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("admin"));
        var request = UserRequests.Create();
        request[field] = value;

        using var response = await admin.Client.PostAsJsonAsync("/api/users", request);

        Assert.Equal([field], (await ProblemAssert.ValidationErrorsAsync(response)).Keys);
        var list = await admin.Client.GetFromJsonAsync<JsonElement>("/api/users");
        Assert.Equal(4, list.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Create_WeakPassword_ErrorsAreIdentitysOwn()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var admin = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("admin"));

        using var response = await admin.Client.PostAsJsonAsync("/api/users", UserRequests.Create(password: "abcdefgh"));

        var errors = (await ProblemAssert.ValidationErrorsAsync(response))["password"];
        Assert.Contains(new Microsoft.AspNetCore.Identity.IdentityErrorDescriber().PasswordRequiresDigit().Description, errors);
        Assert.Contains(new Microsoft.AspNetCore.Identity.IdentityErrorDescriber().PasswordRequiresUpper().Description, errors);
    }

    [Fact]
    public async Task Update_RoleChange_WrittenAuditedAndEtagAdvances()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var admin = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("admin"));
        var user = (await RecordAsserts.JsonAsync(await admin.Client.PostAsJsonAsync("/api/users", UserRequests.Create(role: "driver")), HttpStatusCode.Created)).GetProperty("user");
        var userId = user.GetProperty("id").GetGuid();

        using var response = await admin.Client.PutAsJsonAsync($"/api/users/{userId}", UserRequests.Update(user, role: "mechanic"));

        var updated = await RecordAsserts.JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal(("mechanic", 2), (updated.GetProperty("role").GetString(), updated.GetProperty("version").GetInt32()));
        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
        var entry = (await RecordAsserts.AuditTrailAsync(admin.Client, "user", userId))[0];
        Assert.Equal("update", entry.GetProperty("action").GetString());
        var role = entry.GetProperty("changes").GetProperty("role");
        Assert.Equal(("driver", "mechanic"), (role.GetProperty("before").GetString(), role.GetProperty("after").GetString()));
        Assert.Equal(["role"], entry.GetProperty("changes").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Update_StaleVersion_409WithCurrentVersion()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var admin = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("admin"));
        var user = (await RecordAsserts.JsonAsync(await admin.Client.PostAsJsonAsync("/api/users", UserRequests.Create()), HttpStatusCode.Created)).GetProperty("user");
        var userId = user.GetProperty("id").GetGuid();
        (await admin.Client.PutAsJsonAsync($"/api/users/{userId}", UserRequests.Update(user, role: "mechanic"))).EnsureSuccessStatusCode();

        using var stale = await admin.Client.PutAsJsonAsync($"/api/users/{userId}", UserRequests.Update(user, role: "driver"));

        Assert.Equal("version", await RecordAsserts.ConflictFieldAsync(stale));
        Assert.Equal(2, JsonDocument.Parse(await stale.Content.ReadAsStringAsync()).RootElement.GetProperty("currentVersion").GetInt32());
        var current = await admin.Client.GetFromJsonAsync<JsonElement>($"/api/users/{userId}");
        Assert.Equal("mechanic", current.GetProperty("role").GetString());
    }

    [Fact]
    public async Task Deactivate_User_CannotSignInAndAuditedAsDelete()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var admin = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("admin"));
        var request = UserRequests.Create();
        var user = (await RecordAsserts.JsonAsync(await admin.Client.PostAsJsonAsync("/api/users", request), HttpStatusCode.Created)).GetProperty("user");
        var userId = user.GetProperty("id").GetGuid();

        using var response = await admin.Client.DeleteAsync($"/api/users/{userId}?version=1");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        using var anonymous = fixture.Silo.CreateClient();
        using var login = await anonymous.PostAsJsonAsync("/api/auth/login", new { email = request["email"], password = UserRequests.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        var read = await admin.Client.GetFromJsonAsync<JsonElement>($"/api/users/{userId}");
        Assert.False(read.GetProperty("active").GetBoolean());
        var entry = (await RecordAsserts.AuditTrailAsync(admin.Client, "user", userId))[0];
        Assert.Equal("delete", entry.GetProperty("action").GetString());
        Assert.False(entry.GetProperty("changes").GetProperty("active").GetProperty("after").GetBoolean());
    }

    [Fact]
    public async Task DeactivateAndDemote_OnlyAdminThemself_409AndStillAdmin()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var admin = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("admin"));
        var self = await admin.Client.GetFromJsonAsync<JsonElement>("/api/users/me");
        var selfId = self.GetProperty("id").GetGuid();

        using var deactivate = await admin.Client.DeleteAsync($"/api/users/{selfId}?version=1");
        using var demote = await admin.Client.PutAsJsonAsync($"/api/users/{selfId}", UserRequests.Update(self, role: "manager"));
        using var inactive = await admin.Client.PutAsJsonAsync($"/api/users/{selfId}", UserRequests.Update(self, active: false));

        Assert.Equal("active", await RecordAsserts.ConflictFieldAsync(deactivate));
        Assert.Equal("role", await RecordAsserts.ConflictFieldAsync(demote));
        Assert.Equal("active", await RecordAsserts.ConflictFieldAsync(inactive));
        var after = await admin.Client.GetFromJsonAsync<JsonElement>("/api/users/me");
        Assert.Equal(("admin", true, 1), (after.GetProperty("role").GetString(), after.GetProperty("active").GetBoolean(), after.GetProperty("version").GetInt32()));
    }

    [Fact]
    public async Task Demote_AdminThemselfWithAnotherAdmin_Written()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var admin = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("admin"));
        (await admin.Client.PostAsJsonAsync("/api/users", UserRequests.Create(role: "admin"))).EnsureSuccessStatusCode();
        var self = await admin.Client.GetFromJsonAsync<JsonElement>("/api/users/me");

        using var demote = await admin.Client.PutAsJsonAsync($"/api/users/{self.GetProperty("id").GetGuid()}", UserRequests.Update(self, role: "manager"));

        Assert.Equal("manager", (await RecordAsserts.JsonAsync(demote, HttpStatusCode.OK)).GetProperty("role").GetString());
    }

    [Fact]
    public async Task EveryAction_OtherCompanysUser_404AndUnchanged()
    {
        var mine = await fixture.NewCompanyAsync(vehicles: 0);
        var theirs = await fixture.NewCompanyAsync(vehicles: 0);
        using var theirAdmin = await FleetHttp.SignInAsync(fixture.BaseAddress, theirs.Email("admin"));
        var target = (await RecordAsserts.JsonAsync(await theirAdmin.Client.PostAsJsonAsync("/api/users", UserRequests.Create(role: "driver")), HttpStatusCode.Created)).GetProperty("user");
        var id = target.GetProperty("id").GetGuid();
        using var admin = await FleetHttp.SignInAsync(fixture.BaseAddress, mine.Email("admin"));

        using var get = await admin.Client.GetAsync($"/api/users/{id}");
        using var put = await admin.Client.PutAsJsonAsync($"/api/users/{id}", UserRequests.Update(target, role: "admin"));
        using var delete = await admin.Client.DeleteAsync($"/api/users/{id}?version=1");
        using var link = await admin.Client.PostAsync($"/api/users/{id}/setup-link", null);
        using var profile = await admin.Client.PutAsJsonAsync($"/api/users/{id}/driver-profile", UserRequests.DriverProfile());

        Assert.Equal(
            [HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound],
            new[] { get, put, delete, link, profile }.Select(r => r.StatusCode));
        var unchanged = await theirAdmin.Client.GetFromJsonAsync<JsonElement>($"/api/users/{id}");
        Assert.Equal(("driver", 1, JsonValueKind.Null), (unchanged.GetProperty("role").GetString(), unchanged.GetProperty("version").GetInt32(), unchanged.GetProperty("driverProfile").ValueKind));
    }

    [Fact]
    public async Task List_FilterByRoleAndPages_OnlyOwnCompany()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        await fixture.NewCompanyAsync(vehicles: 0);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));

        var drivers = await manager.Client.GetFromJsonAsync<JsonElement>("/api/users?role=driver");
        var first = await manager.Client.GetFromJsonAsync<JsonElement>("/api/users?limit=3");
        var second = await manager.Client.GetFromJsonAsync<JsonElement>($"/api/users?limit=3&cursor={first.GetProperty("nextCursor").GetString()}");

        Assert.Equal([company.Email("driver")], drivers.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("email").GetString()));
        var emails = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(u => u.GetProperty("email").GetString()!).ToList();
        Assert.Equal(company.EmailsByRole.Values.Order(StringComparer.Ordinal), emails);
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
    }
}
