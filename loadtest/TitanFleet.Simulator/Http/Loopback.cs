using System.Net;

namespace TitanFleet.Simulator.Http;

/// <summary>The simulator generates load only against this machine: any other host is refused.</summary>
public static class Loopback
{
    public static Uri Require(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new ArgumentException($"--url must be an absolute http(s) URL, not '{url}'.");
        var local = uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
        if (!local) throw new ArgumentException($"--url must point at localhost or 127.0.0.0/8 (got '{uri.Host}'): load is never sent elsewhere.");
        return uri;
    }
}
