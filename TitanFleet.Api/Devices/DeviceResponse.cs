namespace TitanFleet.Api.Devices;

/// <summary>A registered device as the API lists it: never its token.</summary>
public sealed record DeviceResponse(
    Guid Id,
    Guid VehicleId,
    string Name,
    string Kind,
    string UniqueId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RevokedAt)
{
    public static DeviceResponse From(RegisteredDevice device) => new(
        Id: device.Id, VehicleId: device.VehicleId, Name: device.Name, Kind: device.Kind, UniqueId: device.UniqueId,
        CreatedAt: device.CreatedAt, RevokedAt: device.RevokedAt);
}
