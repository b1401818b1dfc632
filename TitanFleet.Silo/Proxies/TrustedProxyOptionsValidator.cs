using System.Net;
using Microsoft.Extensions.Options;

namespace TitanFleet.Silo.Proxies;

public sealed class TrustedProxyOptionsValidator : IValidateOptions<TrustedProxyOptions>
{
    public ValidateOptionsResult Validate(string? name, TrustedProxyOptions options)
    {
        const string section = TrustedProxyOptions.Section;
        var failures = options.KnownProxies
            .Select((value, index) => (value, index))
            .Where(entry => !IPAddress.TryParse(entry.value, out _))
            .Select(entry => $"{section}:{nameof(options.KnownProxies)}:{entry.index} ('{entry.value}') must be an IP address.")
            .Concat(options.KnownNetworks
                .Select((value, index) => (value, index))
                .Where(entry => !IPNetwork.TryParse(entry.value, out _))
                .Select(entry => $"{section}:{nameof(options.KnownNetworks)}:{entry.index} ('{entry.value}') must be a network in CIDR notation, such as 10.0.0.0/8."))
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
