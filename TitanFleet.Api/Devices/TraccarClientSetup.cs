namespace TitanFleet.Api.Devices;

/// <summary>What a driver types into Traccar Client (or encodes in its QR code): the server URL and the device identifier.</summary>
public sealed record TraccarClientSetup(string ServerUrl, string DeviceId);
