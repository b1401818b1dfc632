namespace TitanFleet.Api.Devices;

/// <summary>
/// Registers a phone or tracker for the vehicle. <see cref="UniqueId"/> is a tracker's IMEI; omit it
/// and an unguessable id is generated. Kind defaults to phone.
/// </summary>
public sealed record RegisterDeviceRequest(string? Name, string? Kind, string? UniqueId);
