using System.Net;
using Microsoft.Extensions.Options;

namespace TitanFleet.Silo.Operations;

public sealed class OpsAccessOptionsValidator : IValidateOptions<OpsAccessOptions>
{
    public ValidateOptionsResult Validate(string? name, OpsAccessOptions options)
    {
        var failures = options.AllowedNetworks
            .Select((value, index) => (value, index))
            .Where(entry => !IPNetwork.TryParse(entry.value, out _))
            .Select(entry => $"{OpsAccessOptions.Section}:{nameof(options.AllowedNetworks)}:{entry.index} ('{entry.value}') must be a network in CIDR notation, such as 10.0.0.0/8.")
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
