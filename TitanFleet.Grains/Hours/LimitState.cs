namespace TitanFleet.Grains.Hours;

public enum LimitState
{
    Ok,

    /// <summary>Within the approaching lead time of the limit, or exactly at it.</summary>
    Approaching,

    /// <summary>Past the limit.</summary>
    Breached,
}
