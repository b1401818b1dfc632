using System.Net;
using Microsoft.Extensions.Options;

namespace TitanFleet.Silo.Hosting;

public sealed class OrleansHostingOptionsValidator : IValidateOptions<OrleansHostingOptions>
{
    public ValidateOptionsResult Validate(string? name, OrleansHostingOptions options)
    {
        const string section = OrleansHostingOptions.Section;
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ClusterId)) failures.Add($"{section}:{nameof(options.ClusterId)} must not be empty.");
        if (string.IsNullOrWhiteSpace(options.ServiceId)) failures.Add($"{section}:{nameof(options.ServiceId)} must not be empty.");
        if (options.SiloPort is < 1 or > IPEndPoint.MaxPort) failures.Add($"{section}:{nameof(options.SiloPort)} must be between 1 and {IPEndPoint.MaxPort}.");
        if (options.GatewayPort is < 0 or > IPEndPoint.MaxPort)
            failures.Add($"{section}:{nameof(options.GatewayPort)} must be between 0 (no gateway) and {IPEndPoint.MaxPort}.");
        if (options.GatewayPort > 0 && options.GatewayPort == options.SiloPort)
            failures.Add($"{section}:{nameof(options.GatewayPort)} must differ from {nameof(options.SiloPort)}.");
        if (!IPAddress.TryParse(options.AdvertisedAddress, out var address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
            failures.Add($"{section}:{nameof(options.AdvertisedAddress)} must be this silo's own IP address (not a host name, not 0.0.0.0).");
        if (options.SiloName is { } siloName && (string.IsNullOrWhiteSpace(siloName) || siloName.Length > 150))
            failures.Add($"{section}:{nameof(options.SiloName)} must be 1 to 150 characters when set.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
