using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Api.Vehicles;

/// <summary>
/// A vehicle as a driver picks it for a walkaround check or a shift: enough to recognise it and to
/// know its check list (type) and whether it is off road, and nothing of the register besides.
/// </summary>
public sealed record DrivableVehicleResponse(Guid Id, string Registration, string Type, string? Make, string? Model, string Status)
{
    public static DrivableVehicleResponse From(VehicleRecord record)
    {
        var d = record.Details;
        return new DrivableVehicleResponse(Id: record.Id, Registration: d.Registration, Type: d.Type, Make: d.Make, Model: d.Model, Status: d.Status);
    }
}
