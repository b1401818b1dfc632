using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TitanFleet.Grains.Push;

namespace TitanFleet.Api.Hubs;

/// <summary>Drains one connection's outbox; each connection drains on its own, so a stuck one stalls only itself.</summary>
public sealed partial class DashboardSender(IOptions<PushOptions> options, TimeProvider time, ILogger<DashboardSender> logger)
{
    public async Task DrainAsync(DashboardConnection dashboard, SerializedHubMessage message)
    {
        try
        {
            while (true)
            {
                if (!await WriteAsync(dashboard, message))
                {
                    LogSlowClientAborted(dashboard.ConnectionId, dashboard.UserId, options.Value.SlowClientTimeout);
                    FleetHubMetrics.SlowClientAborted();
                    dashboard.Abort();
                    return;
                }
                if (dashboard.TakeNext() is not { } next) return;
                message = next;
            }
        }
        catch (Exception exception)
        {
            // A connection closing under us is normal; it must not leave an unobserved task behind.
            LogSendFailed(exception, dashboard.ConnectionId);
            dashboard.Abort();
        }
    }

    private async Task<bool> WriteAsync(DashboardConnection dashboard, SerializedHubMessage message)
    {
        var write = dashboard.Connection.WriteAsync(message);
        if (write.IsCompletedSuccessfully) return true;
        try
        {
            await write.AsTask().WaitAsync(options.Value.SlowClientTimeout, time);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dashboard connection {ConnectionId} of user {UserId} took no push for {Timeout}; disconnected")]
    private partial void LogSlowClientAborted(string connectionId, Guid userId, TimeSpan timeout);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Push to dashboard connection {ConnectionId} failed; disconnected")]
    private partial void LogSendFailed(Exception exception, string connectionId);
}
