using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TitanFleet.Tests.Api.Users;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Api.Files;

/// <summary>/api/files against a real silo: round trips, sniffed types, size limit, names, isolation, roles and the audit trail.</summary>
[Collection(SingleSiloCollection.Name)]
public sealed class FilesApiTests(SingleSiloFixture fixture)
{
    public static TheoryData<string, string, string> Samples => new()
    {
        { "png", "photo.png", "image/png" },
        { "pdf", "MOT certificate.pdf", "application/pdf" },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Upload_RealFile_DownloadsSameBytesAsSniffedTypeAttachment(string sample, string fileName, string contentType)
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicleId = company.Vehicles[0].VehicleId;
        var bytes = sample == "png" ? FileSamples.Png : FileSamples.Pdf;
        using var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver"));

        var created = await RecordAsserts.JsonAsync(
            await driver.Client.PostAsync("/api/files", FileSamples.Form(bytes, fileName, contentType, vehicleId)), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        using var content = await driver.Client.GetAsync($"/api/files/{id}/content");
        var metadata = await driver.Client.GetFromJsonAsync<JsonElement>($"/api/files/{id}");
        var list = await driver.Client.GetFromJsonAsync<JsonElement>($"/api/files?entityType=vehicle&entityId={vehicleId}");

        Assert.Equal(HttpStatusCode.OK, content.StatusCode);
        Assert.Equal(bytes, await content.Content.ReadAsByteArrayAsync());
        Assert.Equal(contentType, content.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", content.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(fileName, content.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", Assert.Single(content.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), metadata.GetProperty("sha256").GetString());
        Assert.Equal((bytes.Length, contentType, "vehicle", vehicleId), (metadata.GetProperty("sizeBytes").GetInt32(),
            metadata.GetProperty("contentType").GetString(), metadata.GetProperty("entityType").GetString(), metadata.GetProperty("entityId").GetGuid()));
        Assert.Equal(id, Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Theory]
    [InlineData("png-as-pdf", "scan.pdf", "application/pdf")]
    [InlineData("png-named-pdf", "scan.pdf", "application/octet-stream")]
    [InlineData("executable", "photo.png", "image/png")]
    [InlineData("executable", "tool.exe", "application/octet-stream")]
    [InlineData("html", "page.html", "text/html")]
    public async Task Upload_TypeLieOrUnknownType_415NamingFileNothingWritten(string sample, string fileName, string contentType)
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var bytes = sample switch
        {
            "executable" => FileSamples.Executable,
            "html" => Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"),
            _ => FileSamples.Png,
        };

        using var response = await manager.Client.PostAsync("/api/files", FileSamples.Form(bytes, fileName, contentType, company.Vehicles[0].VehicleId));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(["file"], await ProblemFieldsAsync(response));
        Assert.Equal((0, 0, 0), await FileRows.CountAsync(fixture.ConnectionString, company.CompanyId));
    }

    [Fact]
    public async Task Upload_OneByteOverLimit_413NamingFileNothingWritten()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var bytes = new byte[10 * 1024 * 1024 + 1];
        FileSamples.Png.CopyTo(bytes, 0);

        using var response = await manager.Client.PostAsync("/api/files", FileSamples.Form(bytes, "huge.png", "image/png", company.Vehicles[0].VehicleId));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(["file"], await ProblemFieldsAsync(response));
        Assert.Equal((0, 0, 0), await FileRows.CountAsync(fixture.ConnectionString, company.CompanyId));
    }

    [Theory]
    [InlineData("../../../etc/passwd.png", "passwd.png")]
    [InlineData("..\\..\\windows\\win.ini.png", "win.ini.png")]
    [InlineData("a\u0000b\u0007c.png", "abc.png")]
    [InlineData("..", "file.png")]
    [InlineData(".htaccess", "htaccess.png")]
    [InlineData("invoice\u202Egnp.exe", "invoicegnp.exe.png")]
    [InlineData("bad<>:|?*name.png", "badname.png")]
    public async Task Upload_HostileFileName_StoredAndServedSanitised(string fileName, string expected)
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var mechanic = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("mechanic"));

        var created = await RecordAsserts.JsonAsync(
            await mechanic.Client.PostAsync("/api/files", FileSamples.RawForm(FileSamples.Png, fileName, "image/png", company.Vehicles[0].VehicleId)), HttpStatusCode.Created);
        using var content = await mechanic.Client.GetAsync($"/api/files/{created.GetProperty("id").GetGuid()}/content");

        Assert.Equal(expected, created.GetProperty("fileName").GetString());
        Assert.Equal(expected, content.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [Fact]
    public async Task Upload_VeryLongName_CutToLimitKeepingExtension()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));

        var created = await RecordAsserts.JsonAsync(
            await manager.Client.PostAsync("/api/files", FileSamples.Form(FileSamples.Png, new string('x', 500) + ".png", "image/png", company.Vehicles[0].VehicleId)),
            HttpStatusCode.Created);

        Assert.Equal(new string('x', 116) + ".png", created.GetProperty("fileName").GetString());
    }

    [Theory]
    [InlineData("entityType", "invoice")]
    [InlineData("entityId", "not-a-guid")]
    [InlineData("expiresAt", "2001-01-01T00:00:00Z")]
    [InlineData("file", "")]
    public async Task Upload_InvalidField_400NamingFieldNothingWritten(string field, string value)
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var vehicleId = company.Vehicles[0].VehicleId.ToString();
        var fields = new Dictionary<string, string> { ["entityType"] = "vehicle", ["entityId"] = vehicleId, [field] = value };
        using var form = new MultipartFormDataContent();
        foreach (var (name, text) in fields.Where(pair => pair.Key != "file")) form.Add(new StringContent(text), name);
        if (field != "file") form.Add(new ByteArrayContent(FileSamples.Png), "file", "photo.png");

        using var response = await manager.Client.PostAsync("/api/files", form);

        Assert.Equal([field], (await ProblemAssert.ValidationErrorsAsync(response)).Keys);
        Assert.Equal((0, 0, 0), await FileRows.CountAsync(fixture.ConnectionString, company.CompanyId));
    }

    [Theory]
    [InlineData("application/json", "{\"file\":\"x\"}", 415)]
    [InlineData("multipart/form-data; boundary=b", "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../x.png\"\r\n\r\n\u0089PNG", 400)]
    public async Task Upload_NotAMultipartForm_4xxProblemNothingWritten(string contentType, string body, int status)
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        using var response = await manager.Client.PostAsync("/api/files", content);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((0, 0, 0), await FileRows.CountAsync(fixture.ConnectionString, company.CompanyId));
    }

    [Fact]
    public async Task Files_AnotherCompany_404LikeMissingAndNothingWritten()
    {
        var owner = await fixture.NewCompanyAsync(vehicles: 1);
        var other = await fixture.NewCompanyAsync(vehicles: 0);
        using var ownerAdmin = await FleetHttp.SignInAsync(fixture.BaseAddress, owner.Email("admin"));
        using var otherAdmin = await FleetHttp.SignInAsync(fixture.BaseAddress, other.Email("admin"));
        var vehicleId = owner.Vehicles[0].VehicleId;
        var id = (await RecordAsserts.JsonAsync(
            await ownerAdmin.Client.PostAsync("/api/files", FileSamples.Form(FileSamples.Png, "p.png", "image/png", vehicleId)), HttpStatusCode.Created)).GetProperty("id").GetGuid();

        using var upload = await otherAdmin.Client.PostAsync("/api/files", FileSamples.Form(FileSamples.Png, "p.png", "image/png", vehicleId));
        using var metadata = await otherAdmin.Client.GetAsync($"/api/files/{id}");
        using var content = await otherAdmin.Client.GetAsync($"/api/files/{id}/content");
        using var list = await otherAdmin.Client.GetAsync($"/api/files?entityType=vehicle&entityId={vehicleId}");
        using var delete = await otherAdmin.Client.DeleteAsync($"/api/files/{id}");
        using var missing = await otherAdmin.Client.GetAsync($"/api/files/{Guid.NewGuid()}");

        Assert.All([upload, metadata, content, list, delete, missing], response => Assert.Equal(HttpStatusCode.NotFound, response.StatusCode));
        Assert.Equal((0, 0, 0), await FileRows.CountAsync(fixture.ConnectionString, other.CompanyId));
        Assert.Equal(HttpStatusCode.OK, (await ownerAdmin.Client.GetAsync($"/api/files/{id}/content")).StatusCode);
    }

    [Theory]
    [InlineData("driver")]
    [InlineData("mechanic")]
    [InlineData("manager")]
    [InlineData("admin")]
    public async Task Upload_EveryRole_CreatedAndOwnFileDeletable(string role)
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var user = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email(role));

        var id = await UploadAsync(user.Client, company.Vehicles[0].VehicleId);
        using var delete = await user.Client.DeleteAsync($"/api/files/{id}");

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await user.Client.GetAsync($"/api/files/{id}/content")).StatusCode);
    }

    [Theory]
    [InlineData("driver", "mechanic", HttpStatusCode.Forbidden)]
    [InlineData("mechanic", "driver", HttpStatusCode.Forbidden)]
    [InlineData("manager", "driver", HttpStatusCode.NoContent)]
    [InlineData("admin", "mechanic", HttpStatusCode.NoContent)]
    public async Task Delete_SomeoneElsesFile_OnlyManagersAndAdmins(string deleter, string uploader, HttpStatusCode expected)
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var owner = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email(uploader));
        using var other = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email(deleter));
        var id = await UploadAsync(owner.Client, company.Vehicles[0].VehicleId);

        using var delete = await other.Client.DeleteAsync($"/api/files/{id}");

        Assert.Equal(expected, delete.StatusCode);
        var still = await owner.Client.GetAsync($"/api/files/{id}");
        Assert.Equal(expected == HttpStatusCode.Forbidden ? HttpStatusCode.OK : HttpStatusCode.NotFound, still.StatusCode);
        if (expected == HttpStatusCode.Forbidden) Assert.Equal("application/problem+json", delete.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Delete_Twice_SecondAlso204AndAuditedOnce()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var id = await UploadAsync(manager.Client, company.Vehicles[0].VehicleId);

        using var first = await manager.Client.DeleteAsync($"/api/files/{id}");
        using var second = await manager.Client.DeleteAsync($"/api/files/{id}");

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NoContent), (first.StatusCode, second.StatusCode));
        Assert.Equal(["delete", "create"], (await RecordAsserts.AuditTrailAsync(manager.Client, "file", id)).Select(entry => entry.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task Files_Anonymous_401()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var anonymous = fixture.Silo.CreateClient();

        using var upload = await anonymous.PostAsync("/api/files", FileSamples.Form(FileSamples.Png, "p.png", "image/png", company.Vehicles[0].VehicleId));

        Assert.Equal(HttpStatusCode.Unauthorized, upload.StatusCode);
        Assert.Equal((0, 0, 0), await FileRows.CountAsync(fixture.ConnectionString, company.CompanyId));
    }

    [Fact]
    public async Task UploadAndDelete_AuditTrail_MetadataOnlyNeverBytes()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var driver = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("driver"));
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var id = await UploadAsync(driver.Client, company.Vehicles[0].VehicleId);
        Assert.Equal(HttpStatusCode.NoContent, (await manager.Client.DeleteAsync($"/api/files/{id}")).StatusCode);

        var trail = await RecordAsserts.AuditTrailAsync(manager.Client, "file", id);

        Assert.Equal(["delete", "create"], trail.Select(entry => entry.GetProperty("action").GetString()));
        var created = trail[1].GetProperty("changes");
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(FileSamples.Png)), created.GetProperty("sha256").GetProperty("after").GetString());
        Assert.Equal(FileSamples.Png.Length, created.GetProperty("sizeBytes").GetProperty("after").GetInt32());
        Assert.DoesNotContain(Convert.ToBase64String(FileSamples.Png), trail[1].GetRawText());
        Assert.True(trail[0].GetProperty("changes").TryGetProperty("deletedAt", out _));
    }

    [Fact]
    public async Task Upload_Expired_HiddenFromReadsAndList()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var vehicleId = company.Vehicles[0].VehicleId;
        var expiresAt = DateTimeOffset.UtcNow.AddSeconds(2);
        var created = await RecordAsserts.JsonAsync(
            await manager.Client.PostAsync("/api/files", FileSamples.Form(FileSamples.Pdf, "insurance.pdf", "application/pdf", vehicleId, expiresAt: expiresAt.ToString("O"))),
            HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();

        await Task.Delay(expiresAt - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(500));

        Assert.Equal(HttpStatusCode.NotFound, (await manager.Client.GetAsync($"/api/files/{id}")).StatusCode);
        var list = await manager.Client.GetFromJsonAsync<JsonElement>($"/api/files?entityType=vehicle&entityId={vehicleId}");
        Assert.Equal(0, list.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task List_MoreThanOnePage_CursorWalksEveryFileOnce()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        using var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager"));
        var vehicleId = company.Vehicles[0].VehicleId;
        var uploaded = new List<Guid>();
        for (var i = 0; i < 5; i++) uploaded.Add(await UploadAsync(manager.Client, vehicleId));

        var seen = new List<Guid>();
        string? cursor = null;
        do
        {
            var page = await manager.Client.GetFromJsonAsync<JsonElement>(
                $"/api/files?entityType=vehicle&entityId={vehicleId}&limit=2" + (cursor is null ? "" : $"&cursor={cursor}"));
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetGuid()));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        Assert.Equal(uploaded.Order(), seen.Order());
    }

    private static async Task<Guid> UploadAsync(HttpClient client, Guid vehicleId)
    {
        var created = await RecordAsserts.JsonAsync(
            await client.PostAsync("/api/files", FileSamples.Form(FileSamples.Png, "photo.png", "image/png", vehicleId)), HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }

    private static async Task<string[]> ProblemFieldsAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return [.. problem.GetProperty("errors").EnumerateObject().Select(field => field.Name)];
    }
}
