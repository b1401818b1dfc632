using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace TitanFleet.Silo.Proxies;

public static class ForwardedHeadersExtensions
{
    /// <summary>
    /// Client address and scheme from X-Forwarded-For / -Proto, believed only from the configured
    /// proxies. The framework's defaults (loopback trusted) are cleared: nothing is trusted unless listed.
    /// </summary>
    public static IServiceCollection AddFleetForwardedHeaders(this IServiceCollection services)
    {
        services.AddOptions<TrustedProxyOptions>().BindConfiguration(TrustedProxyOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TrustedProxyOptions>, TrustedProxyOptionsValidator>();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<TrustedProxyOptions>>((forwarded, trusted) =>
        {
            // The middleware trusts every sender when both lists are empty, so with no proxy configured it must forward nothing.
            var anyTrusted = trusted.Value.KnownProxies.Count > 0 || trusted.Value.KnownNetworks.Count > 0;
            forwarded.ForwardedHeaders = anyTrusted ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto : ForwardedHeaders.None;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
#pragma warning disable ASPDEPR005 // the obsolete list still holds the loopback default and is still consulted
            forwarded.KnownNetworks.Clear();
#pragma warning restore ASPDEPR005
            foreach (var proxy in trusted.Value.KnownProxies) forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in trusted.Value.KnownNetworks) forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        return services;
    }

    public static WebApplication UseFleetForwardedHeaders(this WebApplication app)
    {
        app.UseForwardedHeaders();
        return app;
    }
}
