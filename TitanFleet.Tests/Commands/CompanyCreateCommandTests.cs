using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Commands;

/// <summary>
/// <c>company create</c> of the real silo executable: it migrates a fresh database, creates the
/// company and its first admin with their audit entries, prints the ids and exits without starting
/// the silo; bad input exits non-zero naming the option, with nothing written.
/// </summary>
public sealed class CompanyCreateCommandTests(CompanyCommandFixture fixture) : IClassFixture<CompanyCommandFixture>
{
    private const string Password = "Operator-Chosen-Pass-1";

    [Fact]
    public async Task Create_FreshDatabase_AdminSetsPasswordWithTokenAndSignsInOnASilo()
    {
        Assert.True(fixture.First.ExitCode == 0, fixture.First.Error);
        var companyId = Guid.Parse(fixture.First.Line("company_id"));
        using var anonymous = fixture.Silo.CreateClient();

        using var setPassword = await anonymous.PostAsJsonAsync("/api/users/setup-password", new { token = fixture.First.Line("setup_token"), password = Password });
        Assert.Equal(HttpStatusCode.NoContent, setPassword.StatusCode);
        using var admin = await FleetHttp.SignInAsync(fixture.Silo.BaseAddress, fixture.AdminEmail, Password);
        var company = await admin.Client.GetFromJsonAsync<JsonElement>("/api/company");

        Assert.Equal(companyId, company.GetProperty("id").GetGuid());
        Assert.Equal(CompanyCommandFixture.CompanyName, company.GetProperty("name").GetString());
        Assert.Equal("Europe/Dublin", company.GetProperty("timeZone").GetString());
        Assert.Equal("mph_miles", company.GetProperty("displayUnits").GetString());
        var me = await admin.Client.GetFromJsonAsync<JsonElement>("/api/auth/me");
        Assert.Equal(Guid.Parse(fixture.First.Line("admin_user_id")), me.GetProperty("id").GetGuid());
        Assert.Equal("admin", me.GetProperty("role").GetString());
    }

    [Fact]
    public async Task Create_PasswordOnStandardInput_NoTokenPrintedAdminSignsIn()
    {
        var email = $"stdin-{Guid.NewGuid():N}@example.com";

        var outcome = await CompanyCommandProcess.RunAsync(fixture.ConnectionString, Password,
            "company", "create", "--name", "Stdin Transport", "--admin-email", email, "--admin-password-stdin");

        Assert.True(outcome.ExitCode == 0, outcome.Error);
        Assert.DoesNotContain("setup_token", outcome.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, outcome.Output + outcome.Error, StringComparison.Ordinal);
        using var admin = await FleetHttp.SignInAsync(fixture.Silo.BaseAddress, email, Password);
        var company = await admin.Client.GetFromJsonAsync<JsonElement>("/api/company");
        Assert.Equal("Stdin Transport", company.GetProperty("name").GetString());
        Assert.Equal("Europe/London", company.GetProperty("timeZone").GetString());
    }

    [Fact]
    public async Task Create_WritesCompanyAndAdminAuditEntriesAsTheOperator()
    {
        var companyId = Guid.Parse(fixture.First.Line("company_id"));
        var adminId = Guid.Parse(fixture.First.Line("admin_user_id"));

        var entries = await AuditEntriesAsync(companyId);

        Assert.Equal([("company", companyId), ("user", adminId)], entries.Select(e => (e.EntityType, e.EntityId)).Order());
        Assert.All(entries, entry =>
        {
            Assert.Null(entry.UserId);
            Assert.Equal("operator:company-create", entry.RequestId);
        });
        Assert.DoesNotContain(fixture.First.Line("setup_token"), string.Join("", entries.Select(e => e.Changes)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_AdminEmailTakenInAnyCase_ExitsNonZeroNothingWritten()
    {
        var before = await CountAsync("SELECT count(*) FROM companies");

        var outcome = await CompanyCommandProcess.RunAsync(fixture.ConnectionString, null,
            "company", "create", "--name", "Copycat Ltd", "--admin-email", fixture.AdminEmail.ToUpperInvariant());

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("--admin-email", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("already belongs", outcome.Error, StringComparison.Ordinal);
        Assert.Equal("", outcome.Output);
        Assert.Equal(before, await CountAsync("SELECT count(*) FROM companies"));
    }

    [Theory]
    [InlineData("--name", "", null)]
    [InlineData("--name", "   ", null)]
    [InlineData("--name", "Bad\u0007Name", null)]
    [InlineData("--time-zone", "GMT Standard Time", null)]
    [InlineData("--time-zone", "Mars/Olympus", null)]
    [InlineData("--admin-email", "not-an-email", null)]
    [InlineData("--admin-name", "Tab\tName", null)]
    [InlineData("--admin-password-stdin", null, "short")]
    public async Task Create_InvalidInput_ExitsNonZeroNamingTheOptionNothingWritten(string option, string? value, string? password)
    {
        var before = await CountAsync("SELECT count(*) FROM companies");
        var args = new Dictionary<string, string?>
        {
            ["--name"] = "Valid Name Ltd",
            ["--admin-email"] = $"valid-{Guid.NewGuid():N}@example.com",
            [option] = value,
        };

        var outcome = await CompanyCommandProcess.RunAsync(fixture.ConnectionString, password,
            ["company", "create", .. args.SelectMany(pair => pair.Value is null ? new[] { pair.Key } : [pair.Key, pair.Value])]);

        Assert.Equal(1, outcome.ExitCode);
        Assert.StartsWith(option + ":", outcome.Error, StringComparison.Ordinal);
        Assert.Equal("", outcome.Output);
        Assert.Equal(before, await CountAsync("SELECT count(*) FROM companies"));
    }

    [Theory]
    [InlineData("company")]
    [InlineData("company", "delete")]
    [InlineData("company", "create", "--name")]
    [InlineData("company", "create", "--name", "X", "--admin-email", "a@b.example", "--colour", "red")]
    public async Task Company_UnknownOrIncompleteCommand_ExitsWithUsage(params string[] args)
    {
        var outcome = await CompanyCommandProcess.RunAsync(fixture.ConnectionString, null, args);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("Usage: dotnet TitanFleet.Silo.dll company create", outcome.Error, StringComparison.Ordinal);
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<List<(string Action, string EntityType, Guid EntityId, Guid? UserId, string? RequestId, string Changes)>> AuditEntriesAsync(Guid companyId)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT action, entity_type, entity_id, user_id, request_id, changes::text FROM audit_log WHERE company_id = @company AND action = 'create'", connection);
        command.Parameters.AddWithValue("company", companyId);
        await using var reader = await command.ExecuteReaderAsync();
        var entries = new List<(string, string, Guid, Guid?, string?, string)>();
        while (await reader.ReadAsync())
        {
            entries.Add((reader.GetString(0), reader.GetString(1), reader.GetGuid(2),
                reader.IsDBNull(3) ? null : reader.GetGuid(3), reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetString(5)));
        }
        return entries;
    }
}
