namespace TitanFleet.Api.Devices;

public interface IDeviceStore
{
    Task<DeviceRecord?> FindByIdAsync(Guid deviceId, CancellationToken cancellationToken);

    /// <summary>Finds a device by the unique id typed into an OsmAnd / Traccar Client app.</summary>
    Task<DeviceRecord?> FindByUniqueIdAsync(string uniqueId, CancellationToken cancellationToken);
}
