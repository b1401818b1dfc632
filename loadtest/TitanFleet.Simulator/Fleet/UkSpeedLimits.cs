using TitanFleet.Simulator.Routes;

namespace TitanFleet.Simulator.Fleet;

/// <summary>
/// The most a vehicle type may do on a road class in England and Wales (gov.uk "Speed limits"), in
/// km/h, with the fitted speed limiters taken into account: goods vehicles over 3.5 t are limited to
/// 90 km/h (56 mph), coaches to 100 km/h (62 mph). Vans: 60 mph single, 70 mph dual and motorway.
/// </summary>
public static class UkSpeedLimits
{
    private const double KmhPerMph = 1.609344;

    public static double Kmh(string vehicleType, RoadClass road) => (vehicleType, road) switch
    {
        ("hgv", RoadClass.SingleCarriageway) => 50 * KmhPerMph,
        ("hgv", _) => 90,
        ("psv", RoadClass.SingleCarriageway) => 50 * KmhPerMph,
        ("psv", RoadClass.DualCarriageway) => 60 * KmhPerMph,
        ("psv", _) => 100,
        (_, RoadClass.SingleCarriageway) => 60 * KmhPerMph,
        _ => 70 * KmhPerMph,
    };
}
