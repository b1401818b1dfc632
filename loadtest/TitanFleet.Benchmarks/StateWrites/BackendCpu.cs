using System.Globalization;
using Npgsql;

namespace TitanFleet.Benchmarks.StateWrites;

/// <summary>
/// CPU time of the PostgreSQL backends serving one application name, read from /proc (utime + stime),
/// so a shared server's other clients do not count. Background processes (WAL writer, checkpointer) are not included.
/// </summary>
public static class BackendCpu
{
    private const double TicksPerSecond = 100;

    public static async Task<Dictionary<int, double>> SampleAsync(string monitorConnectionString, string applicationName)
    {
        await using var connection = new NpgsqlConnection(monitorConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pid FROM pg_stat_activity WHERE application_name = @name", connection);
        command.Parameters.AddWithValue("name", applicationName);
        var pids = new List<int>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) pids.Add(reader.GetInt32(0));
        }
        return pids.ToDictionary(pid => pid, Seconds);
    }

    /// <summary>Seconds of CPU used between two samples; a backend that appeared meanwhile counts whole.</summary>
    public static double Between(Dictionary<int, double> before, Dictionary<int, double> after) =>
        after.Sum(backend => backend.Value - before.GetValueOrDefault(backend.Key));

    private static double Seconds(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // Fields after the command name (which may hold spaces) start at state: utime is the 12th, stime the 13th.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
    }
}
