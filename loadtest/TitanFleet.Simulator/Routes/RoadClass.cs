namespace TitanFleet.Simulator.Routes;

/// <summary>The kind of road a route mostly runs on, which sets each vehicle type's speed limit on it.</summary>
public enum RoadClass
{
    Motorway,
    DualCarriageway,
    SingleCarriageway,
}
