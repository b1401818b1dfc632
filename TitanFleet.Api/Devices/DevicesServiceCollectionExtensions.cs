using Microsoft.Extensions.Options;
using TitanFleet.Grains.Caching;

namespace TitanFleet.Api.Devices;

public static class DevicesServiceCollectionExtensions
{
    /// <summary>The device register, its Traccar set-up options, and the device cache's place in cluster-wide invalidation.</summary>
    public static IServiceCollection AddFleetDevices(this IServiceCollection services)
    {
        services.AddOptions<DeviceSetupOptions>().BindConfiguration(DeviceSetupOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DeviceSetupOptions>, DeviceSetupOptionsValidator>();
        services.AddSingleton<PostgresDeviceRegister>();
        services.AddSingleton<ISiloCache>(sp => (PostgresDeviceStore)sp.GetRequiredService<IDeviceStore>());
        return services;
    }
}
