namespace TitanFleet.Silo.Proxies;

/// <summary>
/// The reverse proxies (the ingress) whose X-Forwarded-For and X-Forwarded-Proto are believed.
/// Empty (the default): the headers are ignored and the connection's own address and scheme count,
/// so no client can choose its address (rate limits, ops access) by sending the header itself.
/// </summary>
public sealed class TrustedProxyOptions
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Proxy addresses, such as 10.0.0.12.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR notation, such as 10.0.0.0/8 (the ingress pods' range).</summary>
    public List<string> KnownNetworks { get; set; } = [];
}
