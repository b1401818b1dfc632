using System.Text.Json.Nodes;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Security;

/// <summary>What a valid request is built from: who calls, whose records it names, and a sequence number that keeps each request distinct.</summary>
public sealed record RequestContext(Caller Caller, TestCompany Owner, int Sequence)
{
    /// <summary>A fix time no earlier request used, well inside the accepted age window.</summary>
    public DateTimeOffset FixTime { get; } = DateTimeOffset.UtcNow.AddMinutes(-10).AddMilliseconds(-Sequence);

    /// <summary>The user's own email for a user (so a login does not change who the client is), else the driver's.</summary>
    public string Email => Caller.Role.IsUser() ? Owner.Email(Caller.Role.UserRole()) : Owner.Email(CallerRole.Driver.UserRole());
}

/// <summary>A request the operation accepts from an allowed caller: a query string and/or a JSON body the fuzz then mutates field by field.</summary>
public sealed record ValidRequest(string Query = "", JsonNode? Json = null);
