using System.Net;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Security;

/// <summary>One role of one company, able to open any number of clients that carry its credentials.</summary>
public sealed record Caller(CallerRole Role, TestCompany Company, Uri BaseAddress, CookieContainer? Cookies, string? DeviceToken)
{
    public HttpClient NewClient() => LoopbackClients.Create(BaseAddress, Cookies, DeviceToken);

    public override string ToString() => Role.ToString();
}
