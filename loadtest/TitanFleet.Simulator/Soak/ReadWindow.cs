using TitanFleet.Simulator.Metrics;

namespace TitanFleet.Simulator.Soak;

/// <summary>The API reads' latencies since the last sample; taking them starts the next window.</summary>
public sealed class ReadWindow
{
    private readonly Lock _lock = new();
    private List<double> _latencies = [];
    private int _errors;

    public void Record(double milliseconds, bool ok)
    {
        lock (_lock)
        {
            _latencies.Add(milliseconds);
            if (!ok) _errors++;
        }
    }

    public (LatencySummary Latency, int Errors) Take()
    {
        lock (_lock)
        {
            var taken = (LatencySummary.Of(_latencies), _errors);
            _latencies = [];
            _errors = 0;
            return taken;
        }
    }
}
