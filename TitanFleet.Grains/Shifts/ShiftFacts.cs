using TitanFleet.Grains.Drivers;
using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Grains.Shifts;

/// <summary>What a shift start is decided on: the vehicle (null when missing or another company's), the driver's name, why it is off road, and the check that allows it.</summary>
public sealed record ShiftFacts(VehicleRecord? Vehicle, string DriverName, IReadOnlyList<OpenDefect> OpenDangerousDefects, LastCheck? Check);
