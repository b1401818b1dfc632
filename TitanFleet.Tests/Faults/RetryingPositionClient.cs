using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Faults;

/// <summary>
/// Phones posting positions through every silo of a <see cref="FaultCluster"/>: each vehicle posts
/// a new fix every interval and retries a failed one on another silo (the same fix, so a resend of
/// a fix that was in fact stored is deduplicated) until it is acknowledged or the retry budget ends.
/// </summary>
public sealed class RetryingPositionClient(FaultCluster cluster, TestCompany company, FaultLedger ledger, TimeSpan interval) : IDisposable
{
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan RetryBudget = TimeSpan.FromSeconds(60);
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = Timeout.InfiniteTimeSpan };

    /// <summary>Posts until <paramref name="stop"/> is cancelled; a fix in flight at that moment is still seen through.</summary>
    public Task RunAsync(CancellationToken stop) =>
        Task.WhenAll(company.Vehicles.Select((vehicle, index) => Task.Run(() => DriveAsync(vehicle, index, stop), CancellationToken.None)));

    private async Task DriveAsync(TestVehicle vehicle, int index, CancellationToken stop)
    {
        // Spread the vehicles over the interval so posts do not arrive in lockstep.
        await Delay(interval * (index / (double)company.Vehicles.Count), stop);
        var last = DateTimeOffset.MinValue;
        var step = 0;
        while (!stop.IsCancellationRequested)
        {
            var now = DateTimeOffset.UtcNow;
            var fixTime = new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
            if (fixTime <= last) fixTime = last.AddMilliseconds(1);
            last = fixTime;
            step++;
            var latitude = 51 + index * 0.01 + step * 0.0001;
            var longitude = -1.5 + step * 0.0001;
            if (await PostWithRetryAsync(vehicle, index, FleetHttp.Position(fixTime, latitude, longitude, speed: 40)))
                ledger.Acknowledge(new AckedFix(vehicle.VehicleId, fixTime, latitude, longitude, DateTimeOffset.UtcNow));
            else
                ledger.GiveUp();
            await Delay(interval, stop);
        }
    }

    private async Task<bool> PostWithRetryAsync(TestVehicle vehicle, int index, object position)
    {
        var deadline = DateTimeOffset.UtcNow + RetryBudget;
        for (var attempt = 0; DateTimeOffset.UtcNow < deadline; attempt++)
        {
            var silo = cluster.Pick(index, attempt);
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(silo.BaseAddress, "/api/locations")) { Content = JsonContent.Create(position) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", vehicle.DeviceToken);
            using var timeout = new CancellationTokenSource(AttemptTimeout);
            var started = Stopwatch.GetTimestamp();
            TimeSpan wait;
            try
            {
                using var response = await _http.SendAsync(request, timeout.Token);
                var status = (int)response.StatusCode;
                var retryAfter = response.Headers.RetryAfter?.Delta;
                ledger.Attempted(status.ToString(System.Globalization.CultureInfo.InvariantCulture), Stopwatch.GetElapsedTime(started), retryAfter is not null);
                if (response.IsSuccessStatusCode) return true;
                // Only a refusal of the position itself is final; overload and outages are retried.
                if (status is 400 or 401 or 403 or 404 or 409 or 422) return false;
                wait = retryAfter is { } delta && delta < TimeSpan.FromSeconds(1) ? delta : TimeSpan.FromSeconds(retryAfter is null ? 0.2 : 1);
            }
            catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException or IOException)
            {
                ledger.Attempted(FailureKind(exception), Stopwatch.GetElapsedTime(started), retryAfter: false);
                cluster.MarkDown(silo);
                wait = TimeSpan.FromMilliseconds(100);
            }
            await Task.Delay(wait);
        }
        return false;
    }

    private static string FailureKind(Exception exception) => exception switch
    {
        OperationCanceledException => "timeout",
        HttpRequestException { InnerException: SocketException { SocketErrorCode: SocketError.ConnectionRefused } } => "refused",
        HttpRequestException { HttpRequestError: HttpRequestError.ResponseEnded } => "response ended",
        _ => "connection lost",
    };

    private static async Task Delay(TimeSpan delay, CancellationToken stop)
    {
        try
        {
            await Task.Delay(delay, stop);
        }
        catch (OperationCanceledException)
        {
            // the run is over
        }
    }

    public void Dispose() => _http.Dispose();
}
