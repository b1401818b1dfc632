using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TitanFleet.Simulator.Fleet;
using TitanFleet.Simulator.Http;

namespace TitanFleet.Simulator.Demo;

/// <summary>
/// The demo driver's phone: signed in as driver@demo.titanfleet.test, signing in again when the
/// cookie is refused. A non-2xx answer other than 409 throws <see cref="DemoStepException"/>;
/// a 409 is returned for the caller to decide what it means.
/// </summary>
public sealed class DemoDriverSession(HttpClient client)
{
    private string? _cookie;

    public async Task<JsonElement> GetAsync(string path, CancellationToken cancellationToken) =>
        (await SendAsync(HttpMethod.Get, path, null, cancellationToken)).Body;

    public Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string path, object body, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, path, body, cancellationToken);

    private async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            _cookie ??= await FleetHttp.LoginAsync(client, DemoIdentities.Email("driver"), DemoIdentities.Password, cancellationToken);
            using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
            request.Headers.Add("Cookie", _cookie);
            using var response = await client.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.Unauthorized && attempt == 0)
            {
                _cookie = null;
                continue;
            }
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode && response.StatusCode != HttpStatusCode.Conflict)
                throw new DemoStepException($"{method} {path}: {(int)response.StatusCode} {Shorten(text)}");
            var json = string.IsNullOrEmpty(text) ? default : JsonDocument.Parse(text).RootElement.Clone();
            return (response.StatusCode, json);
        }
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
