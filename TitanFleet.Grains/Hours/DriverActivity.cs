namespace TitanFleet.Grains.Hours;

/// <summary>What a driver was doing, in the tachograph's terms.</summary>
public enum DriverActivity
{
    Driving,
    OtherWork,
    Break,

    /// <summary>Period of availability: neither work nor a break; it does not stop any clock.</summary>
    Available,
    Rest,
}
