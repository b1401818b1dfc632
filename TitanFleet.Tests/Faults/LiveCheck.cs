using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Faults;

/// <summary>Each vehicle's live state, read through a given silo, against its last acknowledged fix.</summary>
public static class LiveCheck
{
    /// <summary>
    /// Polls until every vehicle's live fix time is at least its last acknowledged one (read just
    /// before the request), or <paramref name="timeout"/> passes; returns the vehicles still behind.
    /// </summary>
    public static async Task<IReadOnlyList<string>> VehiclesBehindAsync(
        SiloProcess silo, CookieContainer cookies, FaultLedger ledger, IEnumerable<Guid> vehicles, TimeSpan timeout)
    {
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = silo.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var pending = vehicles.ToHashSet();
        var behind = new List<string>();
        var deadline = DateTimeOffset.UtcNow + timeout;
        do
        {
            behind.Clear();
            foreach (var vehicle in pending.ToList())
            {
                var expected = ledger.LastAcked.GetValueOrDefault(vehicle)?.FixTime;
                var seen = await ReadFixTimeAsync(client, vehicle);
                if (expected is null || seen.FixTime >= expected) pending.Remove(vehicle);
                else behind.Add($"{vehicle}: {seen.Status} {seen.FixTime:O} < {expected:O}");
            }
            if (pending.Count == 0) return [];
            await Task.Delay(250);
        }
        while (DateTimeOffset.UtcNow < deadline);
        return behind;
    }

    private static async Task<(string Status, DateTimeOffset? FixTime)> ReadFixTimeAsync(HttpClient client, Guid vehicle)
    {
        try
        {
            using var response = await client.GetAsync($"/api/vehicles/{vehicle}/live");
            if (response.StatusCode != HttpStatusCode.OK) return (((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), null);
            var live = await response.Content.ReadFromJsonAsync<JsonElement>();
            return ("200", live.TryGetProperty("fixTime", out var fix) && fix.ValueKind == JsonValueKind.String ? fix.GetDateTimeOffset() : null);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return (exception.GetType().Name, null);
        }
    }
}
