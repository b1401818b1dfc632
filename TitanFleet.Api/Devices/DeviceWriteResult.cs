namespace TitanFleet.Api.Devices;

/// <summary>What a device write did, and the device as it now stands.</summary>
public sealed record DeviceWriteResult(DeviceWriteStatus Status, RegisteredDevice? Device = null);
