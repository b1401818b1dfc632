using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sentry;
using TitanFleet.Api;
using TitanFleet.Api.Auth;
using TitanFleet.Api.Observability;
using TitanFleet.Api.Problems;

namespace TitanFleet.Tests.Observability;

/// <summary>
/// The real error-tracking wiring (AddFleetErrorTracking, UseFleetApi's pipeline, UseFleetErrorTracking)
/// in a small app whose only extra is a few test endpoints, reporting to a local fake Sentry.
/// </summary>
public sealed class ErrorTrackingTests
{
    private const string Password = "hunter2-correct-horse";
    private const string DeviceSecret = "0123456789abcdef0123456789abcdef0123456789abcdef";
    private static readonly UserAccount Account = new(Guid.NewGuid(), Guid.NewGuid(), "Acme Haulage", "maria@acme.test", "Maria", Roles.Manager, "hash");
    private static readonly string DeviceTokenValue = $"tfd_{Guid.NewGuid():N}_{DeviceSecret}";

    [Fact]
    public async Task UnhandledException_SignedInWithSecrets_ArrivesWithUserAndWithoutSecrets()
    {
        await using var sentry = await FakeSentryServer.StartAsync();
        await using var app = await StartAppAsync(sentry.Dsn);
        var cookies = new CookieContainer();
        using var client = CreateClient(app, cookies);
        await SignInAsync(client);
        var authCookie = cookies.GetCookies(client.BaseAddress!)[AuthServiceCollectionExtensions.CookieName]!.Value;

        var marker = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/test/throw/{marker}")
        {
            Content = new StringContent($$"""{"email":"{{Account.Email}}","password":"{{Password}}","token":"{{DeviceTokenValue}}"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(DeviceTokenAuthenticationHandler.HeaderName, DeviceTokenValue);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", DeviceTokenValue);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var item = await sentry.WaitForEventAsync(marker, timeout.Token);
        using var evt = JsonDocument.Parse(item.Json);
        var root = evt.RootElement;

        var user = root.GetProperty("user");
        Assert.Equal(Account.Id.ToString(), user.GetProperty("id").GetString());
        Assert.Equal(Account.Email, user.GetProperty("email").GetString());
        Assert.Equal(Account.Email, user.GetProperty("username").GetString());
        Assert.Contains(Roles.Manager, user.GetRawText());
        Assert.Equal("Testing", root.GetProperty("environment").GetString());
        Assert.Equal(ErrorTrackingExtensions.Release, root.GetProperty("release").GetString());
        Assert.Contains(marker, root.GetProperty("request").GetProperty("url").GetString());
        Assert.Contains(SentryScrubber.Filtered, root.GetProperty("request").GetProperty("data").GetString());
        Assert.Contains("http.server", root.GetProperty("breadcrumbs").GetRawText());

        Assert.DoesNotContain(Password, item.Json);
        Assert.DoesNotContain(DeviceSecret, item.Json);
        Assert.DoesNotContain(AuthServiceCollectionExtensions.CookieName + "=", item.Json);
        Assert.DoesNotContain(authCookie, item.Json);
    }

    [Fact]
    public async Task ExpectedErrors_BadRequestAndClientAbort_AreNotReported()
    {
        await using var sentry = await FakeSentryServer.StartAsync();
        await using var app = await StartAppAsync(sentry.Dsn);
        using var client = CreateClient(app, new CookieContainer());
        await SignInAsync(client);

        var expectedMarker = Guid.NewGuid().ToString("N");
        using (var malformed = await client.PostAsync($"/test/bind/{expectedMarker}", new StringContent("{\"email\": 42", Encoding.UTF8, "application/json")))
            Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        using (var validation = await client.PostAsync($"/test/validate/{expectedMarker}", null))
            Assert.Equal(HttpStatusCode.BadRequest, validation.StatusCode);
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync($"/test/abort/{expectedMarker}"));

        // Events leave in order: once an error sent after them has arrived, anything they produced would have too.
        var marker = Guid.NewGuid().ToString("N");
        using (var failure = await client.PostAsync($"/test/throw/{marker}", null))
            Assert.Equal(HttpStatusCode.InternalServerError, failure.StatusCode);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await sentry.WaitForEventAsync(marker, timeout.Token);
        await app.Services.GetRequiredService<IHub>().FlushAsync(TimeSpan.FromSeconds(10));

        string[] events;
        lock (sentry.Received) events = [.. sentry.Received.Where(received => received.Type == "event").Select(received => received.Json)];
        Assert.Empty(events.Where(json => json.Contains(expectedMarker, StringComparison.Ordinal)).Select(ExceptionTypes));
        // Other in-process hosts share Sentry's static hub, so count only this test's own events.
        Assert.Single(events, json => json.Contains(marker, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AddFleetErrorTracking_WithoutDsn_RegistersNoHubAndANoOpTracker()
    {
        if (ErrorTrackingExtensions.FindDsn(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build()) is not null)
            return; // SENTRY_DSN is set in this environment: the off path cannot be observed here
        await using var app = await StartAppAsync(dsn: null);

        Assert.Null(app.Services.GetService<IHub>());
        var tracker = app.Services.GetRequiredService<TitanFleet.Grains.Observability.IErrorTracker>();
        tracker.AddBreadcrumb("test", "nothing happens");
        tracker.TrackError(new InvalidOperationException("not sent"));
        using (var transaction = tracker.StartTransaction("test", "test")) transaction.Fail(new InvalidOperationException("not sent"));
    }

    private static async Task<WebApplication> StartAppAsync(string? dsn)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        if (dsn is not null)
        {
            builder.Configuration["Sentry:Dsn"] = dsn;
            builder.Configuration["Sentry:TracesSampleRate"] = "0";
        }

        // What AddFleetApi registers for the pipeline, minus PostgreSQL and Orleans.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options => options.Cookie.Name = AuthServiceCollectionExtensions.CookieName);
        builder.Services.AddAuthorization();
        builder.Services.AddRateLimiter(_ => { });
        builder.AddFleetErrorTracking();

        var app = builder.Build();
        app.UseFleetApi();
        app.UseFleetErrorTracking();
        app.MapPost("/test/login", async (HttpContext context) =>
        {
            await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, UserPrincipal.Create(Account, Guid.NewGuid()));
            return TypedResults.NoContent();
        });
        app.MapPost("/test/throw/{marker}", IResult (string marker) =>
            throw new InvalidOperationException($"Test failure {marker} while handling {DeviceTokenValue}")).RequireAuthorization();
        app.MapPost("/test/bind/{marker}", (string marker, LoginRequest request) => TypedResults.Ok(request.Email));
        app.MapPost("/test/validate/{marker}", (string marker) =>
            TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["marker"] = [marker] }));
        // As when a client goes away mid-request: the connection drops, then the awaited work is cancelled.
        app.MapGet("/test/abort/{marker}", async Task<IResult> (HttpContext context, string marker) =>
        {
            context.Abort();
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
            return TypedResults.Ok(marker);
        });
        await app.StartAsync();
        return app;
    }

    private static HttpClient CreateClient(WebApplication app, CookieContainer cookies)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = new Uri(address) };
    }

    /// <summary>A readable summary of an event for assertion messages (a whole event is tens of kilobytes).</summary>
    private static string ExceptionTypes(string eventJson)
    {
        using var document = JsonDocument.Parse(eventJson);
        return document.RootElement.TryGetProperty("exception", out var exception)
            ? string.Join(" <- ", exception.GetProperty("values").EnumerateArray().Select(value =>
                $"{value.GetProperty("type").GetString()} ({(value.TryGetProperty("mechanism", out var mechanism) ? mechanism.GetProperty("type").GetString() : "")})"))
            : "(no exception)";
    }

    private static async Task SignInAsync(HttpClient client)
    {
        using var response = await client.PostAsync("/test/login", null);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }
}
