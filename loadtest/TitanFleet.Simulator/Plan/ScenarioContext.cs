using System.Net.Http.Headers;
using TitanFleet.Simulator.Metrics;

namespace TitanFleet.Simulator.Plan;

/// <summary>
/// What a virtual user's journey needs: the client, signed-in sessions (a manager's dashboard, a
/// driver's phone, a mechanic's workshop screen; signing in is the authentication journey's cost,
/// not theirs), and per-step statistics.
/// </summary>
public sealed class ScenarioContext(HttpClient client, string dashboardCookie, string driverCookie, string mechanicCookie, int vehicles)
{
    private readonly Dictionary<string, OperationStats> _steps = [];
    private readonly Dictionary<string, OperationStats> _measuredSteps = [];
    private readonly Lock _lock = new();
    private volatile string? _measuredPhase;

    public HttpClient Client { get; } = client;

    public string DashboardCookie { get; } = dashboardCookie;

    public string DriverCookie { get; } = driverCookie;

    public string MechanicCookie { get; } = mechanicCookie;

    public int Vehicles { get; } = vehicles;

    public Random Random { get; } = Random.Shared;

    public IReadOnlyList<OperationStats> Steps
    {
        get
        {
            lock (_lock) return [.. _steps.Values];
        }
    }

    /// <summary>While set, each step that starts is counted twice: in the run's figures and in this phase's (<see cref="MeasuredSteps"/>).</summary>
    public string? MeasuredPhase
    {
        get => _measuredPhase;
        set => _measuredPhase = value;
    }

    /// <summary>The steps that started in <see cref="MeasuredPhase"/>, named "phase: step".</summary>
    public IReadOnlyList<OperationStats> MeasuredSteps
    {
        get
        {
            lock (_lock) return [.. _measuredSteps.Values];
        }
    }

    /// <summary>Sends a request as a named step; a non-2xx answer is an error. Returns the response for the caller to read, or null on failure.</summary>
    public async Task<HttpResponseMessage?> StepAsync(string step, Func<HttpRequestMessage> build, CancellationToken cancellationToken)
    {
        HttpResponseMessage? kept = null;
        OperationStats[] stats = _measuredPhase is { } phase
            ? [Stats(_steps, step), Stats(_measuredSteps, $"{phase}: {step}")]
            : [Stats(_steps, step)];
        await OperationStats.TimeAsync(stats, 1, async () =>
        {
            using var request = build();
            var response = await Client.SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                await response.Content.LoadIntoBufferAsync(cancellationToken);
                kept = response;
                return null;
            }
            response.Dispose();
            return $"HTTP {(int)response.StatusCode}";
        });
        return kept;
    }

    public static HttpRequestMessage Get(string path, string? cookie = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (cookie is not null) request.Headers.Add("Cookie", cookie);
        return request;
    }

    public static HttpRequestMessage PostJson(string path, byte[] body, string? bearer = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (bearer is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        return request;
    }

    public static HttpRequestMessage PutJson(string path, byte[] body, string cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("Cookie", cookie);
        return request;
    }

    public static HttpRequestMessage PostJson(string path, byte[] body, string? bearer, string cookie)
    {
        var request = PostJson(path, body, bearer);
        request.Headers.Add("Cookie", cookie);
        return request;
    }

    private OperationStats Stats(Dictionary<string, OperationStats> steps, string step)
    {
        lock (_lock)
        {
            if (!steps.TryGetValue(step, out var stats)) steps[step] = stats = new OperationStats(step);
            return stats;
        }
    }
}
