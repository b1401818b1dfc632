using TitanFleet.Grains.Notifications;

namespace TitanFleet.Api.Notifications;

/// <summary>One of the caller's notifications, as the list returns it and the hub's <c>NotificationRaised</c> pushes it; unread while <see cref="ReadAt"/> is null.</summary>
public sealed record NotificationResponse(
    Guid Id,
    Guid EventId,
    string EventType,
    string Summary,
    Guid? VehicleId,
    Guid? DriverId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ReadAt)
{
    public static NotificationResponse From(Notification n) => new(
        Id: n.Id, EventId: n.EventId, EventType: n.EventType, Summary: n.Summary,
        VehicleId: n.VehicleId, DriverId: n.DriverId, CreatedAt: n.CreatedAt, ReadAt: n.ReadAt);
}
