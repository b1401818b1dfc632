using TitanFleet.Simulator.Bench;
using TitanFleet.Simulator.Cli;
using TitanFleet.Simulator.Database;
using TitanFleet.Simulator.Demo;
using TitanFleet.Simulator.History;
using TitanFleet.Simulator.Load;
using TitanFleet.Simulator.Memory;
using TitanFleet.Simulator.Metrics;
using TitanFleet.Simulator.Plan;
using TitanFleet.Simulator.Soak;

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

try
{
    var options = SimulatorArgs.Parse(args);
    var report = options.Mode switch
    {
        "load" => await RunLoadAsync(options, stop.Token),
        "plan" => await PlanRun.RunAsync(options, Console.Out, stop.Token),
        "bench" => await BenchRun.RunAsync(options, Console.Out, stop.Token),
        "copy" => await CopyBench.RunAsync(options, Console.Out, stop.Token),
        "activate" => await ActivateRun.RunAsync(options, Console.Out, stop.Token),
        "shifts" => await ShiftsRun.RunAsync(options, Console.Out, stop.Token),
        "history-bench" => await HistoryBench.RunAsync(options, Console.Out, stop.Token),
        "seed-history" => await NoReport(HistorySeed.RunAsync(options, Console.Out, stop.Token)),
        "soak" => await NoReport(SoakRun.RunAsync(options, Console.Out, stop.Token)),
        "seed-bulk" => await NoReport(BulkVehicleSeed.RunAsync(options, Console.Out, stop.Token)),
        "demo" => await NoReport(DemoRun.RunAsync(options, Console.Out, stop.Token)),
        _ => Usage(),
    };
    if (report is not null && options.Mode != "bench") Console.Write(report.ToTable());
    return 0;
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine(exception.Message);
    return 2;
}

static async Task<RunReport?> RunLoadAsync(SimulatorArgs args, CancellationToken cancellationToken)
{
    var options = LoadOptions.From(args);
    args.RejectUnknown();
    var report = await LoadRun.RunAsync(options, Console.Out, cancellationToken);
    if (options.Common.JsonPath is { } path) await report.WriteJsonAsync(path, cancellationToken);
    return report;
}

static async Task<RunReport?> NoReport(Task task)
{
    await task;
    return null;
}

static RunReport? Usage()
{
    Console.WriteLine(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "usage.txt")));
    return null;
}
