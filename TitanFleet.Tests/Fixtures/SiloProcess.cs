using System.Collections.Concurrent;
using System.Diagnostics;

namespace TitanFleet.Tests.Fixtures;

/// <summary>
/// The real TitanFleet.Silo executable in its own process, as operations run it: multi-silo and
/// crash tests need real processes, not in-process hosts that share statics.
/// </summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly Dictionary<string, string> _environment;
    private readonly ConcurrentQueue<string> _output = new();
    private Process? _process;

    public SiloProcess(string connectionString, string clusterId, IDictionary<string, string>? settings = null)
    {
        HttpPort = FreePort.Next();
        _environment = new Dictionary<string, string>
        {
            // Tests talk plain http: outside Development the sign-in cookie is Secure and would not come back.
            // Tests of Production behaviour set ASPNETCORE_ENVIRONMENT themselves.
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ConnectionStrings__Postgres"] = connectionString,
            ["Urls"] = $"http://127.0.0.1:{HttpPort}",
            ["Orleans__ClusterId"] = clusterId,
            ["Orleans__ServiceId"] = clusterId,
            ["Orleans__SiloPort"] = FreePort.Next().ToString(),
            ["LoginRateLimit__PermitLimit"] = "1000",
            ["Logging__LogLevel__Default"] = "Warning",
            ["DOTNET_gcServer"] = "0",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) _environment[key] = value;
    }

    private SiloProcess(Dictionary<string, string> environment, int httpPort)
    {
        _environment = new Dictionary<string, string>(environment);
        HttpPort = httpPort;
    }

    public int HttpPort { get; }

    /// <summary>The same silo (address, ports, settings) as a new process, as a restarted host would run it.</summary>
    public SiloProcess SameSiloAgain() => new(_environment, HttpPort);

    /// <summary>The same silo (settings, name) as a new process on new HTTP and silo ports, as a host restarted elsewhere runs it.</summary>
    public SiloProcess SameSiloOnOtherPorts(IDictionary<string, string>? changes = null)
    {
        var httpPort = FreePort.Next();
        var moved = new SiloProcess(_environment, httpPort);
        moved._environment["Urls"] = $"http://127.0.0.1:{httpPort}";
        moved._environment["Orleans__SiloPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (key, value) in changes ?? new Dictionary<string, string>()) moved._environment[key] = value;
        return moved;
    }

    public Uri BaseAddress => new($"http://127.0.0.1:{HttpPort}");

    public int SiloPort => int.Parse(_environment["Orleans__SiloPort"], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The running process's id, while it runs.</summary>
    public int ProcessId => _process?.Id ?? throw new InvalidOperationException("The silo process is not running");

    public string RecentOutput => string.Join(Environment.NewLine, _output);

    public async Task StartAsync()
    {
        var folder = SiloBuildOutput.Folder;
        var start = new ProcessStartInfo("dotnet", Path.Combine(folder, "TitanFleet.Silo.dll"))
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in _environment) start.Environment[key] = value;
        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the silo process");
        _process.OutputDataReceived += (_, e) => Remember(e.Data);
        _process.ErrorDataReceived += (_, e) => Remember(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilReadyAsync();
    }

    /// <summary>SIGKILL: a crash, with no chance to persist anything.</summary>
    public async Task KillAsync()
    {
        if (_process is null) return;
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await WaitForExitAndOutputAsync();
    }

    /// <summary>SIGTERM, as Kubernetes stops a pod.</summary>
    public async Task StopAsync()
    {
        if (_process is null || _process.HasExited) return;
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString()])) await kill.WaitForExitAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            await KillAsync();
        }
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited)
            {
                await WaitForExitAndOutputAsync();
                throw new InvalidOperationException($"Silo exited with code {_process.ExitCode} during start-up:{Environment.NewLine}{RecentOutput}");
            }
            try
            {
                using var response = await client.GetAsync("/api/ready");
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // busy starting
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"Silo was not ready within {StartTimeout}:{Environment.NewLine}{RecentOutput}");
    }

    // HasExited turns true before the asynchronous readers have drained the pipes; waiting for exit
    // without a timeout also waits for both streams to reach end of file, so no line is missed.
    private Task WaitForExitAndOutputAsync() => _process!.WaitForExitAsync();

    private void Remember(string? line)
    {
        if (line is null) return;
        _output.Enqueue(line);
        while (_output.Count > 300) _output.TryDequeue(out _);
    }
}
