using System.Net;
using Microsoft.Playwright;
using TitanFleet.Tests.Api.Files;
using TitanFleet.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace TitanFleet.Tests.Dashboard;

/// <summary>A vehicle's documents on the page: upload, list, download and delete as the roles allow.</summary>
[Collection(SingleSiloCollection.Name)]
public sealed class VehicleDocumentsTests(SingleSiloFixture fixture, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task Documents_Manager_UploadsListsDownloadsAndDeletes()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var registration = company.Vehicles[0].Registration;
        await using var context = await chromium.NewContextAsync();
        var page = await ManagementPage.OpenAsync(context, fixture.BaseAddress);
        await page.SignInAsync(company.Email("manager"));
        await page.GoToAsync("Vehicles");
        await page.Link($"Edit {registration}").ClickAsync();
        var documents = page.Page.Locator("section.documents");
        await Expect(documents).ToContainTextAsync("No documents yet.");

        await page.Field("Document or photo").SetInputFilesAsync(new FilePayload { Name = "notes.pdf", MimeType = "application/pdf", Buffer = FileSamples.Executable });
        await page.Button("Upload").ClickAsync();
        await Expect(page.FieldError("file")).ToContainTextAsync("not a JPEG, PNG, WebP, HEIC or PDF");
        await Expect(page.Field("Document or photo")).ToHaveAttributeAsync("aria-invalid", "true");
        await page.ScreenshotAsync("management-documents-error");

        await Upload(page, "MOT certificate.pdf", "application/pdf", FileSamples.Pdf);
        await Expect(documents.Locator(".notice")).ToHaveTextAsync("Uploaded MOT certificate.pdf.");
        await Expect(page.FieldError("file")).ToBeHiddenAsync();
        await Upload(page, "front tyre.png", "image/png", FileSamples.Png);
        await Expect(documents.Locator("tbody tr")).ToHaveCountAsync(2);
        await Expect(documents.Locator("tbody tr").Nth(0)).ToContainTextAsync("PDF document");
        await Expect(documents.Locator("tbody tr").Nth(1)).ToContainTextAsync("PNG image");
        await page.ScreenshotAsync("management-documents");

        var download = await page.Page.RunAndWaitForDownloadAsync(() => page.Link("Download MOT certificate.pdf").ClickAsync());
        Assert.Equal("MOT certificate.pdf", download.SuggestedFilename);
        Assert.Equal(FileSamples.Pdf, await File.ReadAllBytesAsync(await download.PathAsync()));

        await page.Button("Delete MOT certificate.pdf").ClickAsync();
        await page.Page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Delete document" }).ClickAsync();
        await Expect(documents.Locator(".notice")).ToHaveTextAsync("Deleted MOT certificate.pdf.");
        await Expect(documents.Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Link("Download front tyre.png")).ToBeVisibleAsync();
        page.AssertNoPolicyViolations();
    }

    [Fact]
    public async Task Documents_FileOverTheLimit_ShowsTheLimitAtTheFieldAndStoresNothing()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        await using var context = await chromium.NewContextAsync();
        var page = await ManagementPage.OpenAsync(context, fixture.BaseAddress);
        await page.SignInAsync(company.Email("manager"));
        await page.GoToAsync("Vehicles");
        await page.Link($"Documents of {company.Vehicles[0].Registration}").ClickAsync();
        // Twice the 10 MB limit. The page refuses it before sending: had it sent it, Kestrel's 413 from
        // the Content-Length reaches the browser only if the rest of the body drains within 5 s.
        var tooLarge = new byte[20 * 1024 * 1024];
        FileSamples.Pdf.CopyTo(tooLarge, 0);

        await page.Field("Document or photo").SetInputFilesAsync(new FilePayload { Name = "scan.pdf", MimeType = "application/pdf", Buffer = tooLarge });
        await page.Button("Upload").ClickAsync();

        await Expect(page.FieldError("file")).ToContainTextAsync("larger than the limit of 10 MB");
        await Expect(page.Page.Locator("section.documents")).ToContainTextAsync("No documents yet.");
        page.AssertNoPolicyViolations();
    }

    [Fact]
    public async Task Documents_Mechanic_ListsAndDownloadsWithoutWriteButtons()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 1);
        var vehicle = company.Vehicles[0];
        using (var manager = await FleetHttp.SignInAsync(fixture.BaseAddress, company.Email("manager")))
        {
            using var form = FileSamples.Form(FileSamples.Pdf, "insurance.pdf", "application/pdf", vehicle.VehicleId);
            using var response = await manager.Client.PostAsync("/api/files", form);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }
        await using var context = await chromium.NewContextAsync();
        var page = await ManagementPage.OpenAsync(context, fixture.BaseAddress);
        await page.SignInAsync(company.Email("mechanic"));
        await page.GoToAsync("Vehicles");
        await page.Link($"Documents of {vehicle.Registration}").ClickAsync();

        await Expect(page.Link("Download insurance.pdf")).ToBeVisibleAsync();
        await Expect(page.Page.GetByRole(AriaRole.Button, new() { Name = "Delete" })).ToHaveCountAsync(0);
        await Expect(page.Button("Upload")).ToHaveCountAsync(0);
        await Expect(page.Field("Document or photo")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("management-documents-mechanic");
        var download = await page.Page.RunAndWaitForDownloadAsync(() => page.Link("Download insurance.pdf").ClickAsync());
        Assert.Equal(FileSamples.Pdf, await File.ReadAllBytesAsync(await download.PathAsync()));
        page.AssertNoPolicyViolations();
    }

    private static async Task Upload(ManagementPage page, string name, string mimeType, byte[] content)
    {
        await page.Field("Document or photo").SetInputFilesAsync(new FilePayload { Name = name, MimeType = mimeType, Buffer = content });
        await page.Button("Upload").ClickAsync();
        await Expect(page.Link($"Download {name}")).ToBeVisibleAsync();
    }
}
