using Microsoft.Extensions.Logging;
using TitanFleet.Grains.Events;
using TitanFleet.Grains.Push;

namespace TitanFleet.Grains.Notifications;

/// <summary>
/// Turns each published event into a notification for every person the company's rules name: all
/// rows of one call in one statement, then one one-way message per silo so each person's own
/// connections hear of theirs wherever they are connected. Runs on the publishing silo before the
/// dashboards' push, after the change is durable; a failure is logged by the publisher.
/// </summary>
public sealed partial class NotificationFanOut(
    NotificationRecipients recipients,
    PostgresNotificationStore store,
    PushSubscribers subscribers,
    ILogger<NotificationFanOut> logger) : IFleetEventSink
{
    public async Task OnPublishedAsync(IReadOnlyList<FleetEvent> events)
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
        if (deliveries.Count == 0) return;

        Notification[] written = [.. await store.InsertAsync(deliveries, CancellationToken.None)];
        if (written.Length == 0) return;
        NotificationMetrics.RecordWritten(written.Length);
        try
        {
            foreach (var silo in await subscribers.GetAsync()) await silo.OnNotifications(written);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The rows are stored: each person still sees them in the list and count on their next read.
            LogPushFailed(exception, written.Length, events[0].CompanyId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} notifications of company {CompanyId} are stored but could not be pushed")]
    private partial void LogPushFailed(Exception exception, int count, Guid companyId);
}
