using System.Collections.Concurrent;

namespace TitanFleet.Tests.Faults;

/// <summary>
/// What the retrying client saw: every position acknowledged with a 2xx (the claim the store must
/// honour), every attempt's outcome by status or failure kind, and fixes given up on.
/// </summary>
public sealed class FaultLedger
{
    private readonly ConcurrentDictionary<(Guid VehicleId, DateTimeOffset FixTime), AckedFix> _acked = new();
    private readonly ConcurrentDictionary<Guid, AckedFix> _lastAcked = new();
    private readonly ConcurrentDictionary<string, int> _outcomes = new();
    private readonly ConcurrentQueue<(DateTimeOffset At, string Outcome, TimeSpan Took, bool RetryAfter)> _attempts = new();
    private int _givenUp;

    public IReadOnlyCollection<AckedFix> Acked => [.. _acked.Values];

    public IReadOnlyDictionary<Guid, AckedFix> LastAcked => _lastAcked;

    /// <summary>Attempts by outcome: an HTTP status ("200", "503") or a failure kind ("refused", "timeout").</summary>
    public IReadOnlyDictionary<string, int> Outcomes => new SortedDictionary<string, int>(_outcomes);

    /// <summary>Fixes the client stopped retrying without an acknowledgement: failed requests as the client's user sees them.</summary>
    public int GivenUp => _givenUp;

    public IReadOnlyList<(DateTimeOffset At, string Outcome, TimeSpan Took, bool RetryAfter)> Attempts => [.. _attempts];

    public int Count(string outcome) => _outcomes.GetValueOrDefault(outcome);

    public void Attempted(string outcome, TimeSpan took, bool retryAfter)
    {
        _outcomes.AddOrUpdate(outcome, 1, (_, n) => n + 1);
        _attempts.Enqueue((DateTimeOffset.UtcNow, outcome, took, retryAfter));
    }

    public void Acknowledge(AckedFix fix)
    {
        _acked[(fix.VehicleId, fix.FixTime)] = fix;
        // One loop per vehicle acknowledges its fixes in order, so the newest is simply the latest call.
        _lastAcked[fix.VehicleId] = fix;
    }

    public void GiveUp() => Interlocked.Increment(ref _givenUp);

    /// <summary>Time of the first acknowledgement after <paramref name="after"/>, if any.</summary>
    public DateTimeOffset? FirstAckAfter(DateTimeOffset after) =>
        Attempts.Where(a => a.At > after && a.Outcome.StartsWith('2')).Select(a => (DateTimeOffset?)a.At).FirstOrDefault();
}

public sealed record AckedFix(Guid VehicleId, DateTimeOffset FixTime, double Latitude, double Longitude, DateTimeOffset AckedAt);
