namespace TitanFleet.Tests.Security;

/// <summary>One row of <see cref="OperationTable"/>: who may call an operation and how a valid call looks.</summary>
public sealed record OperationRule(string Key, CallerRole[] Allowed)
{
    public Func<RequestContext, ValidRequest> Valid { get; init; } = _ => new ValidRequest();

    /// <summary>Route parameter name to the record it names.</summary>
    public Dictionary<string, RouteValue> Route { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The operation ends the session it runs in (logout): the harness signs in afresh for it.</summary>
    public bool EndsSession { get; init; }

    /// <summary>The method of the valid request for an operation mapped for any method (default GET).</summary>
    public string ValidMethod { get; init; } = "GET";

    /// <summary>What an allowed caller's valid request answers, when it is not a 2xx.</summary>
    public int? AllowedStatus { get; init; }

    public bool IsAllowed(CallerRole role) => Allowed.Contains(role);
}

/// <summary>One row of <see cref="OperationTable.HubMethods"/>: who may invoke a hub method and with what arguments.</summary>
public sealed record HubMethodRule(string Name, CallerRole[] Allowed)
{
    public Func<RequestContext, object?[]> Arguments { get; init; } = _ => [];

    public bool IsAllowed(CallerRole role) => Allowed.Contains(role);
}
