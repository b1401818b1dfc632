namespace TitanFleet.Simulator.Routes;

/// <summary>
/// A small static network of Great Britain's trunk roads, city to city through the towns they pass
/// (coordinates rounded to about 100 m), each with the class of road it mostly is (the A1 north of
/// Newcastle is largely single carriageway). Enough for plausible tracks; not a road map.
/// </summary>
public static class GbRoutes
{
    private static readonly GeoPoint London = new(51.5074, -0.1278);
    private static readonly GeoPoint Birmingham = new(52.4862, -1.8904);
    private static readonly GeoPoint Manchester = new(53.4808, -2.2426);
    private static readonly GeoPoint Leeds = new(53.8008, -1.5491);
    private static readonly GeoPoint Newcastle = new(54.9783, -1.6178);
    private static readonly GeoPoint Edinburgh = new(55.9533, -3.1883);
    private static readonly GeoPoint Bristol = new(51.4545, -2.5879);

    public static readonly IReadOnlyList<Route> All =
    [
        new("London-Birmingham (M1/M6)", RoadClass.Motorway, London, new(51.6565, -0.3903), new(52.0406, -0.7594), new(52.2405, -0.9027), new(52.3709, -1.2650), new(52.4068, -1.5197), Birmingham),
        new("Birmingham-Manchester (M6)", RoadClass.Motorway, Birmingham, new(52.8067, -2.1207), new(53.0027, -2.1794), new(53.3030, -2.3730), Manchester),
        new("Manchester-Leeds (M62)", RoadClass.Motorway, Manchester, new(53.6097, -2.1561), new(53.6458, -1.7850), Leeds),
        new("Leeds-Newcastle (A1(M))", RoadClass.Motorway, Leeds, new(53.9280, -1.3860), new(54.4420, -1.6680), new(54.7761, -1.5733), Newcastle),
        new("Newcastle-Edinburgh (A1)", RoadClass.SingleCarriageway, Newcastle, new(55.1683, -1.6880), new(55.4131, -1.7060), new(55.7704, -2.0050), new(55.9990, -2.5160), Edinburgh),
        new("Edinburgh-Glasgow (M8)", RoadClass.Motorway, Edinburgh, new(55.9020, -3.5220), new(55.8620, -3.7550), new(55.8642, -4.2518)),
        new("London-Bristol (M4)", RoadClass.Motorway, London, new(51.4700, -0.4543), new(51.4543, -0.9781), new(51.5558, -1.7797), Bristol),
        new("Bristol-Cardiff (M4)", RoadClass.Motorway, Bristol, new(51.5760, -2.6990), new(51.5842, -2.9977), new(51.4816, -3.1791)),
        new("London-Dover (M20)", RoadClass.Motorway, London, new(51.3970, 0.1730), new(51.2704, 0.5227), new(51.1465, 0.8750), new(51.0814, 1.1695), new(51.1279, 1.3134)),
        new("London-Southampton (M3)", RoadClass.Motorway, London, new(51.2665, -1.0924), new(51.0632, -1.3080), new(50.9097, -1.4044)),
        new("Birmingham-Bristol (M5)", RoadClass.Motorway, Birmingham, new(52.1920, -2.2200), new(51.8642, -2.2382), Bristol),
        new("London-Cambridge (M11)", RoadClass.Motorway, London, new(51.7670, 0.0880), new(52.2053, 0.1218)),
        new("Leeds-Nottingham (M1)", RoadClass.Motorway, Leeds, new(53.6830, -1.4980), new(53.3811, -1.4701), new(53.2350, -1.4210), new(52.9548, -1.1581)),
        new("Liverpool-Manchester (M62)", RoadClass.Motorway, new(53.4084, -2.9916), new(53.3900, -2.5970), Manchester),
    ];
}
