namespace TitanFleet.Api.Devices;

/// <summary>A driver's phone registered to a company and bound to one vehicle.</summary>
public sealed record DeviceRecord(Guid Id, Guid CompanyId, Guid VehicleId, string UniqueId, byte[] TokenSha256);
