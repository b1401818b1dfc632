using Microsoft.Extensions.Logging;
using Npgsql;
using TitanFleet.Grains.Events;
using TitanFleet.Grains.Push;

namespace TitanFleet.Grains.Notifications;

/// <summary>
/// Turns each event of a group into a notification for every person the company's rules name: all
/// rows of the group in one statement inside the group's transaction, then, once it has committed,
/// one one-way message per silo so each person's own connections hear of theirs wherever they are
/// connected. Only rows this group wrote are pushed, so an event written again (a replay after a silo
/// died) notifies nobody twice.
/// </summary>
public sealed partial class NotificationFanOut(
    NotificationRecipients recipients,
    PushSubscribers subscribers,
    ILogger<NotificationFanOut> logger)
{
    public async Task<List<(FleetEvent Event, Guid UserId)>> DeliveriesAsync(IReadOnlyList<FleetEvent> events)
    {
        var deliveries = new List<(FleetEvent Event, Guid UserId)>();
        foreach (var company in events.GroupBy(fleetEvent => fleetEvent.CompanyId))
        {
            var companyRecipients = await recipients.ForCompanyAsync(company.Key);
            foreach (var fleetEvent in company)
            {
                foreach (var userId in companyRecipients.For(fleetEvent)) deliveries.Add((fleetEvent, userId));
            }
        }
        return deliveries;
    }

    public static Task<IReadOnlyList<Notification>> WriteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<(FleetEvent Event, Guid UserId)> deliveries) =>
        PostgresNotificationStore.InsertAsync(connection, transaction, deliveries, CancellationToken.None);

    public async Task PushAsync(IReadOnlyList<Notification> written)
    {
        if (written.Count == 0) return;
        NotificationMetrics.RecordWritten(written.Count);
        try
        {
            Notification[] batch = [.. written];
            await subscribers.SendAsync(silo => silo.OnNotifications(batch));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The rows are stored: each person still sees them in the list and count on their next read.
            LogPushFailed(exception, written.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} notifications are stored but could not be pushed")]
    private partial void LogPushFailed(Exception exception, int count);
}
