namespace TitanFleet.Grains.Hours;

/// <summary>What a driver is doing, in the terms of the drivers' hours rules.</summary>
public enum ActivityKind
{
    Driving,
    OtherWork,
    Break,
    Available,
    Rest,
}
