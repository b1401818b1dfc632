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

/// <summary>The UI switch, on a small app using the same AddFleetOpenApi/MapFleetOpenApi as the silo.</summary>
public sealed class OpenApiUiSwitchTests
{
    [Theory]
    [InlineData(null, HttpStatusCode.OK)]
    [InlineData("false", HttpStatusCode.NotFound)]
    public async Task MapFleetOpenApi_EnableUiSetting_ServesOrHidesUiButAlwaysTheDocument(string? enableUi, HttpStatusCode expectedUi)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
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
        var document = await client.GetStringAsync(FleetOpenApi.DocumentPath);

        Assert.Equal(expectedUi, ui.StatusCode);
        Assert.Contains("\"/ping\"", document);
        Assert.Contains("https://fleet.test", document);
        Assert.DoesNotContain("titanfleet.example", document);
    }
}
