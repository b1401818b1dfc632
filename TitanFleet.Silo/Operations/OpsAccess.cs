using System.Net;
using Microsoft.Extensions.Options;
using TitanFleet.Api.Auth;

namespace TitanFleet.Silo.Operations;

/// <summary>Whether a request may see operational details: loopback, an allowed network, or an admin.</summary>
public sealed class OpsAccess
{
    private readonly IPNetwork[] _networks;

    public OpsAccess(IOptions<OpsAccessOptions> options) =>
        _networks = [.. options.Value.AllowedNetworks.Select(network => IPNetwork.Parse(network))];

    public bool IsAllowed(HttpContext context)
    {
        if (context.User.IsInRole(Roles.Admin)) return true;
        // The connection's address, after ForwardedHeaders has applied what a trusted proxy said.
        if (context.Connection.RemoteIpAddress is not { } address) return false;
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        return IPAddress.IsLoopback(address) || _networks.Any(network => network.Contains(address));
    }
}
