using System.Diagnostics;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Commands;

/// <summary>The built silo executable run as an operator runs it: <c>dotnet TitanFleet.Silo.dll company ...</c>.</summary>
public static class CompanyCommandProcess
{
    public sealed record Outcome(int ExitCode, string Output, string Error)
    {
        /// <summary>A "key: value" line of the command's output.</summary>
        public string Line(string key) =>
            Output.Split('\n').Select(line => line.TrimEnd('\r')).Single(line => line.StartsWith(key + ": ", StringComparison.Ordinal))[(key.Length + 2)..];
    }

    public static async Task<Outcome> RunAsync(string connectionString, string? standardInput, params string[] args)
    {
        var folder = SiloBuildOutput.Folder;
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(folder, "TitanFleet.Silo.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["ConnectionStrings__Postgres"] = connectionString;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the silo executable");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (standardInput is not null) await process.StandardInput.WriteLineAsync(standardInput);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The command did not exit (did it start the silo?): {await output}{await error}");
        }
        return new Outcome(process.ExitCode, await output, await error);
    }
}
