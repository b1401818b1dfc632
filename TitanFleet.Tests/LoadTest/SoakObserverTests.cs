using TitanFleet.Simulator.Soak;

namespace TitanFleet.Tests.LoadTest;

public sealed class SoakObserverTests
{
    private const string Scrape = """
        # TYPE dotnet_gc_collections_total counter
        dotnet_gc_collections_total{otel_scope_name="System.Runtime",gc_heap_generation="gen2"} 5
        dotnet_gc_collections_total{otel_scope_name="System.Runtime",gc_heap_generation="gen0"} 12
        http_server_request_duration_seconds_bucket{http_route="/api/locations",http_response_status_code="202",le="0.005"} 50
        http_server_request_duration_seconds_bucket{http_route="/api/locations",http_response_status_code="202",le="0.01"} 90
        http_server_request_duration_seconds_bucket{http_route="/api/locations",http_response_status_code="202",le="+Inf"} 100
        http_server_request_duration_seconds_bucket{http_route="/hubs/fleet",http_response_status_code="101",le="+Inf"} 3
        """;

    [Fact]
    public void Parse_LabelledSamples_SumsByLabelAndBucketsByBound()
    {
        var scrape = PrometheusScrape.Parse(Scrape);

        Assert.Equal(17, scrape.Sum("dotnet_gc_collections_total"));
        Assert.Equal(5, scrape.Sum("dotnet_gc_collections_total", l => l.GetValueOrDefault("gc_heap_generation") == "gen2"));
        var buckets = scrape.Buckets("http_server_request_duration_seconds", l => l["http_route"] != "/hubs/fleet");
        Assert.Equal([50, 90, 100], buckets.Values);
        Assert.True(double.IsPositiveInfinity(buckets.Keys.Last()));
    }

    [Fact]
    public void Quantiles_CountsBetweenTwoScrapes_InterpolateInsideTheBucket()
    {
        var before = new SortedDictionary<double, double> { [0.005] = 10, [0.01] = 10, [double.PositiveInfinity] = 10 };
        var after = new SortedDictionary<double, double> { [0.005] = 60, [0.01] = 100, [double.PositiveInfinity] = 110 };

        var (count, p50, p95, _) = HistogramDelta.Quantiles(before, after);

        Assert.Equal(100, count);
        Assert.Equal(0.005, p50, 6);
        Assert.Equal(0.01, p95, 6);
    }

    [Fact]
    public void Lines_HeapGrowingAfterWarmup_NotFlat()
    {
        var samples = Enumerable.Range(1, 12).Select(m => Sample(m, heapMb: 50 + m * 5)).ToArray();

        var lines = SoakVerdict.Lines(samples, warmupMinutes: 3, out var flat);

        Assert.False(flat);
        Assert.Contains(lines, l => l.StartsWith("GROWS", StringComparison.Ordinal) && l.Contains("managed heap", StringComparison.Ordinal));
    }

    [Fact]
    public void Lines_SteadyAfterWarmup_Flat()
    {
        var samples = Enumerable.Range(1, 12).Select(m => Sample(m, heapMb: m <= 3 ? 20 * m : 80 + m % 2)).ToArray();

        SoakVerdict.Lines(samples, warmupMinutes: 3, out var flat);

        Assert.True(flat);
    }

    private static SoakSample Sample(int minute, double heapMb) => new(
        Minute: minute, HeapMb: heapMb, Gen0: minute * 10, Gen1: minute, Gen2: 5, PoolThreads: 8, OsThreads: 30, Handles: 450, RssMb: 250,
        Requests: 12_000, ServerErrors: 0, ServerP50Ms: 5, ServerP95Ms: 20, ServerP99Ms: 40, Reads: 120, ReadErrors: 0, ReadP50Ms: 4, ReadP99Ms: 30);
}
