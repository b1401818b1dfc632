namespace TitanFleet.Grains.Vehicles;

/// <summary>What taking one fix did: nothing (<see cref="Taken"/> false: not newer than the last), and the motion and overspeed it raised.</summary>
public readonly record struct FixOutcome(bool Taken, MotionChange? Change = null, OverspeedAlert? Overspeed = null);
