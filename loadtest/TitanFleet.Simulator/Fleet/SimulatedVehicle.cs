using TitanFleet.Simulator.Routes;

namespace TitanFleet.Simulator.Fleet;

/// <summary>
/// A vehicle driving one route back and forth at its type's realistic speed on that road
/// (<see cref="DrivingSpeed"/>, the type as the demo seed gives it), resting a few minutes at each
/// end. Deterministic per index, so runs are repeatable.
/// </summary>
public sealed class SimulatedVehicle
{
    private readonly Lock _lock = new();
    private readonly Route _route;
    private readonly Random _random;
    private readonly DrivingSpeed _speed;
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
        _speed = new DrivingSpeed(DemoIdentities.VehicleType(index), _route.Road, index, pace: 0.9 + _random.NextDouble() * 0.08);
        _along = _random.NextDouble() * _route.LengthMetres;
        _returning = _random.Next(2) == 1;
        _odometer = 10_000_000 + _random.NextDouble() * 390_000_000;
    }

    public int Index { get; }

    /// <summary>Keeps the vehicle standing still until <paramref name="until"/> (a night's parking, a driver's break).</summary>
    public void Park(DateTimeOffset until)
    {
        lock (_lock) if (until > _restUntil) _restUntil = until;
    }

    /// <summary>Moves the vehicle on to <paramref name="at"/> and reports where it is then.</summary>
    public Fix Advance(DateTimeOffset at)
    {
        lock (_lock) return Move(at);
    }

    private Fix Move(DateTimeOffset at)
    {
        // Only the time since the end of a rest counts as driving, so a fix after a night parked does not jump.
        var seconds = _last is { } last ? Math.Max(0, (at - (last > _restUntil ? last : _restUntil)).TotalSeconds) : 0;
        _last = at;
        var speed = at < _restUntil ? 0 : _speed.Kmh(at);
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
}
