using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TitanFleet.Api.OpenApi;

namespace TitanFleet.Tests.Api.OpenApi;

/// <summary>The docs switches, on a small app using the same AddFleetOpenApi/MapFleetOpenApi as the silo.</summary>
public sealed class OpenApiUiSwitchTests
{
    [Theory]
    [InlineData("Development", null, null, HttpStatusCode.OK, HttpStatusCode.OK)]
    [InlineData("Development", null, "false", HttpStatusCode.OK, HttpStatusCode.NotFound)]
    [InlineData("Production", null, null, HttpStatusCode.NotFound, HttpStatusCode.NotFound)]
    [InlineData("Production", "true", null, HttpStatusCode.OK, HttpStatusCode.OK)]
    [InlineData("Staging", "false", null, HttpStatusCode.NotFound, HttpStatusCode.NotFound)]
    public async Task MapFleetOpenApi_EnvironmentAndSettings_ServeOrHideDocumentAndUi(
        string environment, string? enabled, string? enableUi, HttpStatusCode expectedDocument, HttpStatusCode expectedUi)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        if (enabled is not null) builder.Configuration["OpenApi:Enabled"] = enabled;
        if (enableUi is not null) builder.Configuration["OpenApi:EnableUi"] = enableUi;
        builder.Configuration["OpenApi:Servers:0:Url"] = "https://fleet.test";
        builder.Configuration["OpenApi:Servers:0:Description"] = "Only server";
        builder.Services.AddAuthorization();
        builder.Services.AddFleetOpenApi(builder.Configuration);
        await using var app = builder.Build();
        app.MapFleetOpenApi();
        app.MapGet("/ping", () => "pong").WithSummary("Ping");
        await app.StartAsync();

        using var client = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First()) };
        using var ui = await client.GetAsync("/api-docs/index.html");
        using var document = await client.GetAsync(FleetOpenApi.DocumentPath);

        Assert.Equal(expectedUi, ui.StatusCode);
        Assert.Equal(expectedDocument, document.StatusCode);
        if (expectedDocument != HttpStatusCode.OK) return;
        var text = await document.Content.ReadAsStringAsync();
        Assert.Contains("\"/ping\"", text);
        Assert.Contains("https://fleet.test", text);
        Assert.DoesNotContain("titanfleet.example", text);
    }
}
