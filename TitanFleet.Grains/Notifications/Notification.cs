namespace TitanFleet.Grains.Notifications;

/// <summary>One person's notification of one fleet event (a row of sql/0105); travels to every silo so the person's own connections hear of it.</summary>
[GenerateSerializer, Immutable, Alias("titanfleet.notification.v1")]
public sealed record Notification(
    [property: Id(0)] Guid Id,
    [property: Id(1)] Guid CompanyId,
    [property: Id(2)] Guid UserId,
    [property: Id(3)] Guid EventId,
    [property: Id(4)] string EventType,
    [property: Id(5)] string Summary,
    [property: Id(6)] Guid? VehicleId,
    [property: Id(7)] Guid? DriverId,
    [property: Id(8)] DateTimeOffset CreatedAt,
    [property: Id(9)] DateTimeOffset? ReadAt);
