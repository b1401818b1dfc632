namespace TitanFleet.Simulator.Soak;

/// <summary>What /proc says of the silo process: OS threads, open file descriptors (sockets included) and resident memory.</summary>
public static class ProcessStats
{
    public static (int Threads, int Handles, double RssMb) Read(int pid)
    {
        var status = File.ReadAllLines($"/proc/{pid}/status");
        int threads = (int)Field(status, "Threads:");
        var rssMb = Field(status, "VmRSS:") / 1024.0;
        var handles = Directory.GetFiles($"/proc/{pid}/fd").Length;
        return (threads, handles, rssMb);
    }

    private static double Field(string[] status, string name) =>
        double.Parse(status.First(l => l.StartsWith(name, StringComparison.Ordinal))[name.Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
}
