using System.Net;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Hosting;

/// <summary>The co-hosted silo opens no Orleans gateway, and silo-to-silo traffic listens on the configured address only.</summary>
[Collection(SingleSiloCollection.Name)]
public sealed class OrleansEndpointTests(SingleSiloFixture fixture)
{
    [Fact]
    public void Listeners_DefaultSettings_OnlyHttpAndSiloPortOnConfiguredAddress()
    {
        var listeners = ProcessListeners.Of(fixture.Silo.ProcessId).Select(endpoint => endpoint.ToString()).Order(StringComparer.Ordinal);

        var expected = new[] { fixture.Silo.HttpPort, fixture.Silo.SiloPort }
            .Select(port => new IPEndPoint(IPAddress.Loopback, port).ToString()).Order(StringComparer.Ordinal);
        Assert.Equal(expected, listeners);
    }
}
