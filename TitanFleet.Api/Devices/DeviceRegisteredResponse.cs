namespace TitanFleet.Api.Devices;

/// <summary>
/// The new device, its bearer token for the JSON API (shown only in this response: only its hash is
/// stored) and the Traccar Client settings for the OsmAnd protocol.
/// </summary>
public sealed record DeviceRegisteredResponse(DeviceResponse Device, string Token, TraccarClientSetup TraccarClient);
