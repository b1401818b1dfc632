using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace TitanFleet.Tests.Fixtures;

/// <summary>
/// The real TitanFleet.Silo entry point (Program.cs, unchanged) run inside the test process on a
/// fresh database with the demo seed, so tests can both call it over HTTP and inspect its services
/// (for example every endpoint it mapped). Shared by a collection: one silo, one database.
/// </summary>
public sealed class InProcessSiloFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly string _clusterId = $"inproc-{Guid.NewGuid():N}";
    private Task? _run;

    public string ConnectionString { get; } = TestPostgres.NewDatabase("inproc");

    public IHost Host { get; private set; } = null!;

    public IServiceProvider Services => Host.Services;

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var port = FreePort.Next();
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        string[] args =
        [
            // Plain http: outside Development the sign-in cookie is Secure and would not come back.
            "--environment=Development",
            $"--urls={BaseAddress}",
            $"--ConnectionStrings:Postgres={ConnectionString}",
            $"--Orleans:ClusterId={_clusterId}",
            $"--Orleans:ServiceId={_clusterId}",
            $"--Orleans:SiloPort={FreePort.Next()}",
            "--Demo:Seed=true",
            "--Demo:Vehicles=2",
            // The fuzz counts every table's rows around each refused request and runs for minutes on a
            // loaded machine: a vehicle it pinged must not go offline (sweep event, presence row gone) meanwhile.
            "--VehicleLive:OfflineAfter=1.00:00:00",
            "--Logging:LogLevel:Default=Warning",
        ];

        using var capture = new HostCapture(host => host.Services.GetRequiredService<IConfiguration>()["Orleans:ClusterId"] == _clusterId);
        var entryPoint = typeof(Program).Assembly.EntryPoint ?? throw new InvalidOperationException("TitanFleet.Silo has no entry point");
        _run = Task.Run(() => entryPoint.Invoke(null, [args]) is Task main ? main : Task.CompletedTask);

        using var timeout = new CancellationTokenSource(StartTimeout);
        var built = await Task.WhenAny(capture.Host, _run).WaitAsync(timeout.Token);
        if (built == _run) await _run; // the entry point ended before building a host: surface its exception
        Host = await capture.Host;

        var lifetime = Host.Services.GetRequiredService<IHostApplicationLifetime>();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        if (await Task.WhenAny(started.Task, _run).WaitAsync(timeout.Token) == _run) await _run;
    }

    public async Task DisposeAsync()
    {
        if (_run is null) return;
        Host?.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
        await _run;
        NpgsqlConnection.ClearAllPools();
        var admin = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        var database = new NpgsqlConnectionStringBuilder(ConnectionString).Database!;
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class InProcessSiloCollection : ICollectionFixture<InProcessSiloFixture>
{
    public const string Name = "in-process silo";
}
