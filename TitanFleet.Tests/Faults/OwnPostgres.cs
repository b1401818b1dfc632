using System.Diagnostics;
using Npgsql;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Faults;

/// <summary>
/// A PostgreSQL cluster of the harness's own (scripts/postgres.sh with its own port and data folder)
/// that a scenario may stop and start: the shared server other tests use is never touched.
/// </summary>
public sealed class OwnPostgres : IAsyncDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), $"titanfleet-faults-pg-{Guid.NewGuid():N}");

    public int Port { get; } = FreePort.Next();

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database }.ConnectionString;

    /// <summary>Initialises the cluster on first use, then starts it and waits until it answers.</summary>
    public Task StartAsync() => RunAsync(RepoRoot.Combine("scripts/postgres.sh"), []);

    /// <summary>Fast shutdown: sessions are ended and new connections refused, as in a database restart.</summary>
    public Task StopAsync() => PgCtlAsync("stop", "-m", "fast", "-w");

    public async ValueTask DisposeAsync()
    {
        if (File.Exists(Path.Combine(_data, "postmaster.pid"))) await PgCtlAsync("stop", "-m", "immediate", "-w");
        if (Directory.Exists(_data)) Directory.Delete(_data, recursive: true);
    }

    private Task PgCtlAsync(params string[] arguments)
    {
        var pgCtl = Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", "pg_ctl")).First(File.Exists);
        // PostgreSQL refuses to run as root; scripts/postgres.sh made the folder the postgres user's.
        return Environment.UserName == "root"
            ? RunAsync("runuser", ["-u", "postgres", "--", pgCtl, "-D", _data, .. arguments])
            : RunAsync(pgCtl, ["-D", _data, .. arguments]);
    }

    private async Task RunAsync(string file, string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["TITANFLEET_PG_PORT"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["TITANFLEET_PG_DATA"] = _data;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await output}{await error}");
    }
}
