using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using TitanFleet.Benchmarks.Geofences;
using TitanFleet.Benchmarks.StateWrites;

// `sql <companyId>` prints the benchmark geofences as SQL for the ingestion run (see BENCHMARKS.md);
// anything else goes to BenchmarkDotNet (e.g. --filter '*Geofence*').
if (args is ["sql", var company, ..])
{
    BenchGeofenceSql.Write(Console.Out, Guid.Parse(company), BenchGeofences.Create(BenchGeofences.DefaultCount, BenchGeofences.DefaultVertices));
    return;
}

// `state-writes --path old|new --vehicles N ...` measures vehicle live-state writes against PostgreSQL (see BENCHMARKS.md).
if (args is ["state-writes", ..])
{
    await StateWriteRun.RunAsync(args, Console.Out);
    return;
}

// In process: the machine is shared and small, and a child build per benchmark costs minutes.
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(15).WithToolchain(InProcessEmitToolchain.Instance))
    .AddColumn(StatisticColumn.Median, StatisticColumn.P95)
    .AddDiagnoser(MemoryDiagnoser.Default);
BenchmarkSwitcher.FromAssembly(typeof(GeofenceLookupBenchmarks).Assembly).Run(args, config);
