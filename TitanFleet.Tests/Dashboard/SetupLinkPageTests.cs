using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TitanFleet.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace TitanFleet.Tests.Dashboard;

/// <summary>The one-time set-up link: issued by an admin on the users screen, opened by the new user in their own browser.</summary>
[Collection(SingleSiloCollection.Name)]
public sealed partial class SetupLinkPageTests(SingleSiloFixture fixture, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private const string ChosenPassword = "Chosen-Password-77";

    [Fact]
    public async Task SetupLink_AdminIssuesIt_NewUserSetsPasswordInFreshBrowserAndSignsIn()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        var email = $"new.mechanic.{Guid.NewGuid():N}@test.titanfleet.test";
        await using var adminContext = await chromium.NewContextAsync();
        await adminContext.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var admin = await ManagementPage.OpenAsync(adminContext, fixture.BaseAddress);
        await admin.SignInAsync(company.Email("admin"));
        await admin.GoToAsync("Users");
        await admin.Link("Add user").ClickAsync();
        await admin.Field("Full name").FillAsync("Nia Spanner");
        await admin.Field("Email").FillAsync(email);
        await admin.Field("Role").SelectOptionAsync("mechanic");
        await admin.Button("Add user").ClickAsync();

        var linkField = admin.Field("One-time set-up link");
        await Expect(linkField).ToHaveValueAsync(SetupLink());
        var link = await linkField.InputValueAsync();
        Assert.StartsWith(new Uri(fixture.BaseAddress, "/#/setup?token=tfs_").ToString(), link, StringComparison.Ordinal);
        await admin.Button("Copy One-time set-up link").ClickAsync();
        await Expect(admin.Button("Copy One-time set-up link")).ToHaveTextAsync("Copied");
        Assert.Equal(link, await admin.Page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        await admin.ScreenshotAsync("management-user-setup-link");
        admin.AssertNoPolicyViolations();

        await using var userContext = await chromium.NewContextAsync();
        var user = await ManagementPage.OpenAsync(userContext, new Uri(link));
        await Expect(user.Page.GetByRole(AriaRole.Heading, new() { Name = "Choose your password" })).ToBeVisibleAsync();
        await user.Field("New password").FillAsync("abc");
        await user.Field("Repeat the new password").FillAsync("abc");
        await user.Button("Set password").ClickAsync();
        await Expect(user.FieldError("password")).ToContainTextAsync("at least 6 characters");
        await Expect(user.Field("New password")).ToHaveAttributeAsync("aria-invalid", "true");
        await user.ScreenshotAsync("setup-password-errors");

        await user.Field("New password").FillAsync(ChosenPassword);
        await user.Field("Repeat the new password").FillAsync(ChosenPassword + "x");
        await user.Button("Set password").ClickAsync();
        await Expect(user.FieldError("confirm")).ToHaveTextAsync("The two passwords are not the same.");
        await user.Field("Repeat the new password").FillAsync(ChosenPassword);
        await user.Button("Set password").ClickAsync();

        await Expect(user.Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Your password is set. Sign in with your email and the new password.");
        Assert.DoesNotContain("token", user.Page.Url, StringComparison.Ordinal);
        await user.ScreenshotAsync("setup-password-done");
        await user.Page.GetByLabel("Email").FillAsync(email);
        await user.Page.GetByLabel("Password").FillAsync(ChosenPassword);
        await user.Button("Sign in").ClickAsync();
        await Expect(user.Page.Locator(".topbar")).ToBeVisibleAsync();
        user.AssertNoPolicyViolations();
    }

    [Fact]
    public async Task SetupLink_UsedTwice_SecondTimeSaysAskForANewOne()
    {
        var company = await fixture.NewCompanyAsync(vehicles: 0);
        var link = await IssueLinkAsync(company);
        await using var context = await chromium.NewContextAsync();

        foreach (var attempt in new[] { 1, 2 })
        {
            var page = await ManagementPage.OpenAsync(context, new Uri(link));
            await page.Field("New password").FillAsync(ChosenPassword);
            await page.Field("Repeat the new password").FillAsync(ChosenPassword);
            await page.Button("Set password").ClickAsync();
            if (attempt == 1) await Expect(page.Button("Sign in")).ToBeVisibleAsync();
            else await Expect(page.Page.Locator(".login-error")).ToContainTextAsync("Ask your admin for a new set-up link.");
            page.AssertNoPolicyViolations();
        }
    }

    /// <summary>The admin's edit screen issues a new link for an existing user (a password reset), after a confirmation.</summary>
    private async Task<string> IssueLinkAsync(TestCompany company)
    {
        await using var context = await chromium.NewContextAsync();
        var page = await ManagementPage.OpenAsync(context, fixture.BaseAddress);
        await page.SignInAsync(company.Email("admin"));
        await page.GoToAsync("Users");
        await page.Link("Edit Test mechanic").ClickAsync();
        await page.Button("Issue set-up link").ClickAsync();
        await page.Page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Issue link" }).ClickAsync();
        await Expect(page.Field("One-time set-up link")).ToHaveValueAsync(SetupLink());
        page.AssertNoPolicyViolations();
        return await page.Field("One-time set-up link").InputValueAsync();
    }

    [GeneratedRegex("^http://[^/]+/#/setup\\?token=tfs_[A-Za-z0-9_-]{40,}$")]
    private static partial Regex SetupLink();
}
