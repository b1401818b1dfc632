namespace TitanFleet.Tests.Fixtures;

/// <summary>A notification as its recipient's dashboard reads it off the hub (JSON, camelCase).</summary>
public sealed record PushedNotification(
    Guid Id,
    Guid EventId,
    string EventType,
    string Summary,
    Guid? VehicleId,
    Guid? DriverId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ReadAt);
