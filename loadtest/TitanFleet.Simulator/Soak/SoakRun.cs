using System.Diagnostics;
using System.Text.Json;
using TitanFleet.Simulator.Cli;
using TitanFleet.Simulator.Fleet;
using TitanFleet.Simulator.Http;

namespace TitanFleet.Simulator.Soak;

/// <summary>
/// The soak's observer (issue 12): for a bounded time it reads the API at a steady rate as a manager
/// (vehicle list, one vehicle, one vehicle's trail) and every sample interval records the silo's
/// heap, GC counts, threads, handles and request percentiles from its metrics endpoint and /proc,
/// then says whether they stayed flat after warm-up. The positions and dashboards come from a
/// separate <c>load</c> process (loadtest/soak.sh runs both).
/// </summary>
public static class SoakRun
{
    private const string Heap = "dotnet_gc_last_collection_heap_size_bytes";
    private const string Collections = "dotnet_gc_collections_total";
    private const string Requests = "http_server_request_duration_seconds";

    public static async Task RunAsync(SimulatorArgs args, TextWriter log, CancellationToken cancellationToken)
    {
        var url = Loopback.Require(args.Text("url", "http://127.0.0.1:8090"));
        var pid = args.Int("pid", 0, 0);
        var duration = TimeSpan.FromSeconds(args.Number("duration", 1_800, 10, 7_200));
        var every = TimeSpan.FromSeconds(args.Number("sample", 60, 1, 600));
        var warmupMinutes = args.Int("warmup-samples", 5, 0, 120);
        var readsPerSecond = args.Number("reads-per-second", 2, 0.1, 100);
        var vehicles = args.Int("vehicles", 2_000, 1, 1_000_000);
        var jsonPath = args.OptionalText("json");
        args.RejectUnknown();
        if (pid == 0 || !Directory.Exists($"/proc/{pid}")) throw new ArgumentException($"--pid must name the running silo's process id (got {pid}).");

        using var client = FleetHttp.CreateClient(url, 4);
        var cookie = await FleetHttp.LoginAsync(client, DemoIdentities.Email("manager"), DemoIdentities.Password, cancellationToken);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(duration);
        var reads = new ReadWindow();
        var readLoop = ReadAsync(client, cookie, vehicles, TimeSpan.FromSeconds(1 / readsPerSecond), reads, stop.Token);

        log.WriteLine($"soak observer: {url} pid {pid}, {duration.TotalMinutes:0.#} min, a sample every {every.TotalSeconds:0} s, {readsPerSecond} API reads/s");
        log.WriteLine("sample  heap_MB  gen0  gen1  gen2  pool_thr  os_thr  handles  rss_MB  req/sample  5xx  srv_p50  srv_p95  srv_p99  reads  read_err  read_p50  read_p99");
        var samples = new List<SoakSample>();
        var previous = await ScrapeAsync(client, cancellationToken);
        using var timer = new PeriodicTimer(every);
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < duration - TimeSpan.FromSeconds(1) && await Tick(timer, stop.Token))
        {
            var scrape = await ScrapeAsync(client, cancellationToken);
            var sample = Sample(samples.Count + 1, pid, previous, scrape, reads.Take());
            samples.Add(sample);
            previous = scrape;
            log.WriteLine($"{sample.Minute,6}  {sample.HeapMb,7:F1}  {sample.Gen0,4}  {sample.Gen1,4}  {sample.Gen2,4}  {sample.PoolThreads,8}  {sample.OsThreads,6}  {sample.Handles,7}  {sample.RssMb,6:F0}  {sample.Requests,10:N0}  {sample.ServerErrors,3:0}  {sample.ServerP50Ms,7:F1}  {sample.ServerP95Ms,7:F1}  {sample.ServerP99Ms,7:F1}  {sample.Reads,5}  {sample.ReadErrors,8}  {sample.ReadP50Ms,8:F1}  {sample.ReadP99Ms,8:F1}");
        }
        await stop.CancelAsync();
        await readLoop;

        var verdict = SoakVerdict.Lines(samples, warmupMinutes, out var flat);
        log.WriteLine($"summary (warm-up: the first {warmupMinutes} samples left out):");
        foreach (var line in verdict) log.WriteLine("  " + line);
        if (jsonPath is not null)
            await File.WriteAllTextAsync(jsonPath, JsonSerializer.Serialize(new { url = url.ToString(), flat, warmupSamples = warmupMinutes, verdict, samples },
                new JsonSerializerOptions { WriteIndented = true }), cancellationToken);
    }

    private static async Task<bool> Tick(PeriodicTimer timer, CancellationToken cancellationToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static SoakSample Sample(int minute, int pid, PrometheusScrape before, PrometheusScrape after, (Metrics.LatencySummary Latency, int Errors) reads)
    {
        var (threads, handles, rssMb) = ProcessStats.Read(pid);
        // A hub connection is one request that lasts as long as the dashboard stays: its duration is not a latency.
        static bool NotHub(IReadOnlyDictionary<string, string> labels) => !labels.GetValueOrDefault("http_route", "").StartsWith("/hubs", StringComparison.Ordinal);
        var (count, p50, p95, p99) = HistogramDelta.Quantiles(before.Buckets(Requests, NotHub), after.Buckets(Requests, NotHub));
        static bool ServerError(IReadOnlyDictionary<string, string> labels) => labels.GetValueOrDefault("http_response_status_code", "").StartsWith('5');
        return new SoakSample(
            Minute: minute,
            HeapMb: after.Sum(Heap) / 1_048_576,
            Gen0: (long)after.Sum(Collections, l => l.GetValueOrDefault("gc_heap_generation") == "gen0"),
            Gen1: (long)after.Sum(Collections, l => l.GetValueOrDefault("gc_heap_generation") == "gen1"),
            Gen2: (long)after.Sum(Collections, l => l.GetValueOrDefault("gc_heap_generation") == "gen2"),
            PoolThreads: (int)after.Sum("dotnet_thread_pool_thread_count_total"),
            OsThreads: threads,
            Handles: handles,
            RssMb: rssMb,
            Requests: count,
            ServerErrors: after.Sum(Requests + "_count", ServerError) - before.Sum(Requests + "_count", ServerError),
            ServerP50Ms: p50 * 1_000,
            ServerP95Ms: p95 * 1_000,
            ServerP99Ms: p99 * 1_000,
            Reads: reads.Latency.Count,
            ReadErrors: reads.Errors,
            ReadP50Ms: reads.Latency.Median,
            ReadP99Ms: reads.Latency.P99);
    }

    private static async Task<PrometheusScrape> ScrapeAsync(HttpClient client, CancellationToken cancellationToken) =>
        PrometheusScrape.Parse(await client.GetStringAsync("/metrics", cancellationToken));

    private static async Task ReadAsync(HttpClient client, string cookie, int vehicles, TimeSpan every, ReadWindow window, CancellationToken cancellationToken)
    {
        var random = new Random(12);
        using var timer = new PeriodicTimer(every);
        for (var i = 0; await Tick(timer, cancellationToken); i++)
        {
            var vehicle = DemoIdentities.VehicleId(1 + random.Next(vehicles));
            var path = (i % 3) switch
            {
                0 => "/api/vehicles?limit=50",
                1 => $"/api/vehicles/{vehicle}",
                _ => $"/api/vehicles/{vehicle}/trail",
            };
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add("Cookie", cookie);
            var started = Stopwatch.GetTimestamp();
            bool ok;
            try
            {
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, CancellationToken.None);
                ok = response.IsSuccessStatusCode;
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
            {
                ok = false;
            }
            window.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, ok);
        }
    }
}
