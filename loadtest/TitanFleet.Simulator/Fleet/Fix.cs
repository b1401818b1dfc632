namespace TitanFleet.Simulator.Fleet;

/// <summary>One GPS fix as a phone reports it: degrees, km/h, metres, heading clockwise from north.</summary>
public readonly record struct Fix(
    DateTimeOffset Timestamp,
    double Latitude,
    double Longitude,
    double SpeedKmh,
    double Heading,
    double AccuracyMetres,
    double AltitudeMetres,
    double OdometerMetres);
