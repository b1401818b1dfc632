namespace TitanFleet.Grains.Vehicles;

/// <summary>The vehicle started (<see cref="Moving"/>) or stopped moving at <see cref="At"/> (fix time).</summary>
public readonly record struct MotionChange(bool Moving, DateTimeOffset At);
