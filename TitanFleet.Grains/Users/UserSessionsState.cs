namespace TitanFleet.Grains.Users;

/// <summary>Persisted sessions of one user. Stored with the Orleans serializer: never reuse or renumber an Id.</summary>
[GenerateSerializer, Alias("titanfleet.user-sessions-state.v1")]
public sealed class UserSessionsState
{
    /// <summary>Session id to the time it expires unless renewed.</summary>
    [Id(0)] public Dictionary<Guid, DateTimeOffset> Sessions { get; set; } = [];
}
