namespace TitanFleet.Simulator.Plan;

/// <summary>A stretch of the plan whose arrival rate (new virtual users per second) moves linearly from one value to another.</summary>
public sealed record LoadPhase(string Name, TimeSpan Duration, double FromRate, double ToRate)
{
    public double RateAt(TimeSpan intoPhase) =>
        FromRate + (ToRate - FromRate) * Math.Clamp(intoPhase / Duration, 0, 1);
}
