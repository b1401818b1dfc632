using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Api.Users;

/// <summary>Each role against each users action: admins write users, admins and managers read them and write driver profiles, anyone reads themself.</summary>
[Collection(SingleSiloCollection.Name)]
public sealed class UsersRoleMatrixTests(SingleSiloFixture fixture)
{
    public static TheoryData<string, string, HttpStatusCode> Matrix()
    {
        var expected = new Dictionary<string, HttpStatusCode[]>
        {
            //                            admin                     manager                   mechanic                  driver                    anonymous
            ["list"] = [HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized],
            ["get"] = [HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized],
            ["me"] = [HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Unauthorized],
            ["create"] = [HttpStatusCode.Created, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized],
            ["update"] = [HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized],
            ["deactivate"] = [HttpStatusCode.NoContent, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized],
            ["setupLink"] = [HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized],
            ["driverProfile"] = [HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized],
        };
        string[] roles = ["admin", "manager", "mechanic", "driver", "anonymous"];
        var data = new TheoryData<string, string, HttpStatusCode>();
        foreach (var (action, statuses) in expected)
        {
            for (var i = 0; i < roles.Length; i++) data.Add(action, roles[i], statuses[i]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Action_Role_AnswersAsTheRoleAllows(string action, string role, HttpStatusCode expected)
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        using var admin = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("admin"));
        var target = (await RecordAsserts.JsonAsync(await admin.Client.PostAsJsonAsync("/api/users", UserRequests.Create(role: "driver")), HttpStatusCode.Created)).GetProperty("user");
        var id = target.GetProperty("id").GetGuid();
        using var caller = role == "anonymous" ? null : await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email(role));
        using var anonymous = fixture.Silo.CreateClient();
        var client = caller?.Client ?? anonymous;

        using var response = action switch
        {
            "list" => await client.GetAsync("/api/users"),
            "get" => await client.GetAsync($"/api/users/{id}"),
            "me" => await client.GetAsync("/api/users/me"),
            "create" => await client.PostAsJsonAsync("/api/users", UserRequests.Create()),
            "update" => await client.PutAsJsonAsync($"/api/users/{id}", UserRequests.Update(target, role: "mechanic")),
            "deactivate" => await client.DeleteAsync($"/api/users/{id}?version=1"),
            "setupLink" => await client.PostAsync($"/api/users/{id}/setup-link", null),
            "driverProfile" => await client.PutAsJsonAsync($"/api/users/{id}/driver-profile", UserRequests.DriverProfile()),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
        };

        Assert.Equal(expected, response.StatusCode);
        if (response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized)
        {
            var unchanged = await admin.Client.GetFromJsonAsync<JsonElement>($"/api/users/{id}");
            Assert.Equal(1, unchanged.GetProperty("version").GetInt32());
            Assert.Equal(JsonValueKind.Null, unchanged.GetProperty("driverProfile").ValueKind);
        }
    }
}
