using System.Diagnostics;

namespace TitanFleet.Simulator.Metrics;

/// <summary>
/// Counts and latencies of one kind of operation (a request type, or push deliveries). Thread-safe;
/// a failed request counts as an error and its latency is still recorded.
/// </summary>
public sealed class OperationStats(string name)
{
    private readonly Lock _lock = new();
    private readonly List<double> _latencies = [];
    private readonly Dictionary<string, long> _errorKinds = [];
    private long _requests;
    private long _items;
    private long _errors;

    public string Name { get; } = name;

    public void Record(TimeSpan elapsed, int items, bool ok, string? errorKind = null) =>
        RecordMilliseconds(elapsed.TotalMilliseconds, items, ok, errorKind);

    public void RecordMilliseconds(double milliseconds, int items, bool ok, string? errorKind = null)
    {
        lock (_lock)
        {
            _latencies.Add(milliseconds);
            _requests++;
            if (ok) _items += items;
            else
            {
                _errors++;
                var kind = errorKind ?? "error";
                _errorKinds[kind] = _errorKinds.GetValueOrDefault(kind) + 1;
            }
        }
    }

    public static Task<bool> TimeAsync(OperationStats stats, int items, Func<Task<string?>> operation) => TimeAsync([stats], items, operation);

    /// <summary>Times the operation once and records it in each of <paramref name="stats"/> (e.g. the whole run and one phase of it).</summary>
    public static async Task<bool> TimeAsync(IReadOnlyList<OperationStats> stats, int items, Func<Task<string?>> operation)
    {
        var started = Stopwatch.GetTimestamp();
        string? error;
        try
        {
            error = await operation();
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
        {
            error = exception.GetType().Name;
        }
        var elapsed = Stopwatch.GetElapsedTime(started);
        foreach (var each in stats) each.Record(elapsed, items, error is null, error);
        return error is null;
    }

    /// <summary>All requests of several operations as one row (e.g. the whole scenario mix).</summary>
    public static OperationRow Combine(string name, IEnumerable<OperationStats> parts, TimeSpan duration)
    {
        var all = new OperationStats(name);
        foreach (var part in parts)
        {
            lock (part._lock)
            {
                all._latencies.AddRange(part._latencies);
                all._requests += part._requests;
                all._items += part._items;
                all._errors += part._errors;
                foreach (var (kind, count) in part._errorKinds) all._errorKinds[kind] = all._errorKinds.GetValueOrDefault(kind) + count;
            }
        }
        return all.Snapshot(duration);
    }

    public OperationRow Snapshot(TimeSpan duration)
    {
        lock (_lock)
        {
            var seconds = Math.Max(duration.TotalSeconds, 1e-9);
            return new OperationRow(Name, _requests, _items, _errors,
                _requests == 0 ? 0 : (double)_errors / _requests,
                _requests / seconds, _items / seconds, LatencySummary.Of(_latencies), new Dictionary<string, long>(_errorKinds));
        }
    }
}
