using System.Net;
using Xunit.Abstractions;

namespace TitanFleet.Tests.Faults;

/// <summary>
/// PostgreSQL stopped under load (the harness's own server, never the shared one): ingestion answers
/// 503 with Retry-After at once, readiness fails, and the cluster recovers by itself with nothing
/// acknowledged lost.
/// </summary>
[Collection(FaultScenarios.Name)]
public sealed class DatabaseStopTests(ITestOutputHelper output)
{
    private static readonly TimeSpan RecoveryLimit = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task PostgresStopped_UnderLoadOnThreeSilos_503WithRetryAfterNotReadyThenRecoversWithNothingLost()
    {
        var settings = FaultRunSettings.FromEnvironment();
        await using var postgres = new OwnPostgres();
        await postgres.StartAsync();
        await using var run = await FaultRun.StartAsync(postgres.ConnectionString("titanfleet_faults"), 3, settings);
        await run.LoadPhaseAsync();

        var stoppedAt = DateTimeOffset.UtcNow;
        await postgres.StopAsync();
        var readyDuringOutage = await ReadinessAsync(run, settings.Outage);
        await postgres.StartAsync();
        var startedAt = DateTimeOffset.UtcNow;
        var readyAgainAt = await WaitUntilAllReadyAsync(run);
        await run.LoadPhaseAsync();
        await run.StopLoadAsync();
        // Read after the load phase: the silos can be ready before any post has come back since the restart.
        var firstAck = run.Ledger.FirstAckAfter(startedAt);

        var outage = run.Ledger.Attempts.Where(a => a.At >= stoppedAt && a.At <= startedAt && !a.Outcome.StartsWith('2')).ToList();
        var audit = await run.AuditAsync();
        await new FaultReport("PostgreSQL stopped", settings, audit, run.Ledger,
        [
            ("outage", FaultReport.Seconds(startedAt - stoppedAt)),
            ("failed answers during it", outage.Count == 0 ? "none"
                : $"{outage.Count}, median {FaultReport.Seconds(outage.Select(a => a.Took).Order().ElementAt(outage.Count / 2))}, slowest {FaultReport.Seconds(outage.Max(a => a.Took))}, "
                    + $"{outage.Count(a => a.Took > ConnectTimeout)} slower than the {ConnectTimeout.TotalSeconds} s connect timeout"),
            ("503 without Retry-After", run.Ledger.Attempts.Count(a => a.Outcome == "503" && !a.RetryAfter).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("/api/ready during outage", string.Join(", ", readyDuringOutage.Distinct())),
            ("all ready after restart", readyAgainAt is { } ready ? FaultReport.Seconds(ready - startedAt) : "never"),
            ("first ack after restart", firstAck is { } ack ? FaultReport.Seconds(ack - startedAt) : "never"),
        ]).PublishAsync(output);

        Assert.NotEmpty(outage);
        Assert.All(outage, a => Assert.Equal("503", a.Outcome));
        Assert.All(outage, a => Assert.True(a.RetryAfter, "a 503 without Retry-After"));
        Assert.Equal(0, run.Ledger.Count("500"));
        Assert.Equal(0, run.Ledger.Count("timeout"));
        Assert.Contains(HttpStatusCode.ServiceUnavailable, readyDuringOutage);
        Assert.DoesNotContain(HttpStatusCode.OK, readyDuringOutage.Skip(run.Cluster.Silos.Count));
        Assert.NotNull(readyAgainAt);
        Assert.NotNull(firstAck);
        Assert.Equal(0, run.Ledger.GivenUp);
        Assert.Equal(0, audit.Missing);
        Assert.Equal(0, audit.Duplicated);
    }

    /// <summary>Polls every silo's /api/ready through the outage; the statuses seen, in order.</summary>
    private static async Task<List<HttpStatusCode>> ReadinessAsync(FaultRun run, TimeSpan outage)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var seen = new List<HttpStatusCode>();
        var until = DateTimeOffset.UtcNow + outage;
        while (DateTimeOffset.UtcNow < until)
        {
            foreach (var silo in run.Cluster.Silos)
            {
                using var response = await client.GetAsync(new Uri(silo.BaseAddress, "/api/ready"));
                seen.Add(response.StatusCode);
            }
            await Task.Delay(250);
        }
        return seen;
    }

    private static async Task<DateTimeOffset?> WaitUntilAllReadyAsync(FaultRun run)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTimeOffset.UtcNow + RecoveryLimit;
        while (DateTimeOffset.UtcNow < deadline)
        {
            var statuses = await Task.WhenAll(run.Cluster.Silos.Select(async silo =>
            {
                using var response = await client.GetAsync(new Uri(silo.BaseAddress, "/api/ready"));
                return response.StatusCode;
            }));
            if (statuses.All(s => s == HttpStatusCode.OK)) return DateTimeOffset.UtcNow;
            await Task.Delay(250);
        }
        return null;
    }
}
