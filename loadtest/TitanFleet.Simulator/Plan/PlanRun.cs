using System.Diagnostics;
using TitanFleet.Simulator.Cli;
using TitanFleet.Simulator.Fleet;
using TitanFleet.Simulator.Http;
using TitanFleet.Simulator.Metrics;

namespace TitanFleet.Simulator.Plan;

/// <summary>
/// The spec's load plan: virtual users arrive at each phase's rate and each runs one scenario chosen
/// by weight among those that exist. Bounded by the plan's length (plus a drain of 30 s) and a cap on
/// users in flight; users over the cap are counted as dropped, never queued.
/// </summary>
public static class PlanRun
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// The manager, driver and mechanic whose sessions every journey shares. Not the users the
    /// authentication journey signs in: each user keeps at most 50 sessions, so those would be ended
    /// under the plan (1,534 × 401 in a run that shared them).
    /// </summary>
    public static readonly string[] SessionEmails = [DemoIdentities.PlanEmail("manager"), DemoIdentities.PlanEmail("driver"), DemoIdentities.PlanEmail("mechanic")];

    public static async Task<RunReport> RunAsync(SimulatorArgs args, TextWriter log, CancellationToken cancellationToken)
    {
        var url = Loopback.Require(args.Text("url", "http://127.0.0.1:8090"));
        var factor = args.Number("factor", 1, 0.01, 10);
        var vehicles = args.Int("vehicles", 25, 1, 1_000_000);
        var maxUsers = args.Int("max-users", 2_000, 1, 100_000);
        var jsonPath = args.OptionalText("json");
        var shape = args.Text("phases", "spec");
        args.RejectUnknown();
        var (phases, measuredPhase) = shape switch
        {
            "spec" => (LoadPlan.Spec(factor), LoadPlan.Sustained),
            "peak" => (LoadPlan.PeakOnly(factor), LoadPlan.Peak),
            _ => throw new ArgumentException($"--phases must be spec or peak, not '{shape}'"),
        };

        using var client = FleetHttp.CreateClient(url, 256);
        var cookie = await FleetHttp.LoginAsync(client, SessionEmails[0], DemoIdentities.Password, cancellationToken);
        var driver = await FleetHttp.LoginAsync(client, SessionEmails[1], DemoIdentities.Password, cancellationToken);
        var mechanic = await FleetHttp.LoginAsync(client, SessionEmails[2], DemoIdentities.Password, cancellationToken);
        var context = new ScenarioContext(client, cookie, driver, mechanic, vehicles);
        var runnable = SpecScenarios.All.Where(s => s.Available).ToArray();
        var totalWeight = runnable.Sum(s => s.Weight);

        var users = new List<Task>();
        var arrived = new Dictionary<string, long>();
        long dropped = 0;
        var startedAt = DateTimeOffset.UtcNow;
        var started = Stopwatch.GetTimestamp();
        double expected = 0;
        var measured = TimeSpan.Zero;
        foreach (var phase in phases)
        {
            log.WriteLine($"phase {phase.Name}: {phase.Duration.TotalSeconds:0} s, {phase.FromRate:0} -> {phase.ToRate:0} users/s");
            context.MeasuredPhase = phase.Name == measuredPhase ? phase.Name : null;
            var phaseStart = Stopwatch.GetTimestamp();
            while (Stopwatch.GetElapsedTime(phaseStart) < phase.Duration)
            {
                await Task.Delay(Tick, cancellationToken);
                expected += phase.RateAt(Stopwatch.GetElapsedTime(phaseStart)) * Tick.TotalSeconds;
                users.RemoveAll(task => task.IsCompleted);
                while (arrived.Values.Sum() + dropped < (long)expected)
                {
                    if (users.Count >= maxUsers)
                    {
                        dropped++;
                        continue;
                    }
                    var scenario = Pick(runnable, totalWeight, context.Random);
                    arrived[scenario.Name] = arrived.GetValueOrDefault(scenario.Name) + 1;
                    users.Add(scenario.RunAsync!(context, cancellationToken));
                }
            }
            if (context.MeasuredPhase is not null) measured = Stopwatch.GetElapsedTime(phaseStart);
        }
        context.MeasuredPhase = null;
        await Task.WhenAll(users).WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);

        var notes = new List<string>
        {
            $"rows named '{measuredPhase}: …' are the requests that started in the {measuredPhase} phase ({measured.TotalSeconds:0.#} s), the others the whole run",
            $"users arrived: {string.Join(", ", arrived.Select(a => $"{a.Key} {a.Value}"))}; dropped over the cap of {maxUsers}: {dropped}",
        };
        notes.AddRange(SpecScenarios.All.Where(s => !s.Available)
            .Select(s => $"scenario '{s.Name}' (weight {s.Weight}%) not run: its endpoints do not exist yet; the others keep their relative weights"));
        var settings = new Dictionary<string, string> { ["factor"] = factor.ToString("0.###"), ["phases"] = shape, ["vehicles"] = vehicles.ToString(), ["url"] = url.ToString() };
        var report = new RunReport("plan", startedAt, elapsed.TotalSeconds, settings,
            [
                .. context.Steps.Select(s => s.Snapshot(elapsed)).OrderBy(r => r.Name, StringComparer.Ordinal),
                OperationStats.Combine("all requests", context.Steps, elapsed),
                .. context.MeasuredSteps.Select(s => s.Snapshot(measured)).OrderBy(r => r.Name, StringComparer.Ordinal),
                OperationStats.Combine($"{measuredPhase}: all requests", context.MeasuredSteps, measured),
            ],
            notes);
        if (jsonPath is not null) await report.WriteJsonAsync(jsonPath, cancellationToken);
        return report;
    }

    private static Scenario Pick(Scenario[] scenarios, int totalWeight, Random random)
    {
        var roll = random.Next(totalWeight);
        foreach (var scenario in scenarios)
        {
            if (roll < scenario.Weight) return scenario;
            roll -= scenario.Weight;
        }
        return scenarios[^1];
    }
}
