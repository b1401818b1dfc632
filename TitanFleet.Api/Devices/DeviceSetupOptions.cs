namespace TitanFleet.Api.Devices;

public sealed class DeviceSetupOptions
{
    public const string Section = "Devices";

    /// <summary>
    /// The address phones reach this service at (e.g. https://fleet.example.com), for Traccar Client's
    /// server URL. Unset: the scheme and host of the registering request.
    /// </summary>
    public string? PublicUrl { get; set; }
}
