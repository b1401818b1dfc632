using TitanFleet.Simulator.Routes;

namespace TitanFleet.Simulator.Fleet;

/// <summary>
/// A vehicle driving one route back and forth: cruising near the road's speed with gentle variation,
/// resting a few minutes at each end. Deterministic per index, so runs are repeatable.
/// </summary>
public sealed class SimulatedVehicle
{
    private readonly Lock _lock = new();
    private readonly Route _route;
    private readonly Random _random;
    private readonly double _speedFactor;
    private double _along;
    private bool _returning;
    private double _odometer;
    private DateTimeOffset _restUntil = DateTimeOffset.MinValue;
    private DateTimeOffset? _last;

    public SimulatedVehicle(int index)
    {
        Index = index;
        _random = new Random(index);
        _route = GbRoutes.All[index % GbRoutes.All.Count];
        _speedFactor = 0.85 + _random.NextDouble() * 0.25;
        _along = _random.NextDouble() * _route.LengthMetres;
        _returning = _random.Next(2) == 1;
        _odometer = 10_000_000 + _random.NextDouble() * 390_000_000;
    }

    public int Index { get; }

    /// <summary>Moves the vehicle on to <paramref name="at"/> and reports where it is then.</summary>
    public Fix Advance(DateTimeOffset at)
    {
        lock (_lock) return Move(at);
    }

    private Fix Move(DateTimeOffset at)
    {
        var seconds = _last is { } last ? Math.Max(0, (at - last).TotalSeconds) : 0;
        _last = at;
        var speed = at < _restUntil ? 0 : CurrentSpeedKmh(at);
        var metres = speed / 3.6 * seconds;
        _along += metres;
        _odometer += metres;
        if (_along >= _route.LengthMetres)
        {
            _along = 0;
            _returning = !_returning;
            _restUntil = at.AddMinutes(2 + _random.NextDouble() * 4);
            speed = 0;
        }
        var (point, heading) = _route.At(_along, _returning);
        return new Fix(at, point.Latitude, point.Longitude, Math.Round(speed, 1), Math.Round(heading, 1),
            3 + _random.Next(6), 40 + _random.Next(120), Math.Round(_odometer));
    }

    /// <summary>Traffic: a slow swell around cruising speed, different per vehicle.</summary>
    private double CurrentSpeedKmh(DateTimeOffset at)
    {
        var swell = Math.Sin(at.ToUnixTimeMilliseconds() / 90_000.0 + Index);
        return Math.Max(5, _route.CruiseKmh * _speedFactor * (1 + 0.12 * swell));
    }
}
