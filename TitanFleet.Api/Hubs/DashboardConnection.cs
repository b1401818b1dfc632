using Microsoft.AspNetCore.SignalR;
using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Api.Hubs;

/// <summary>
/// One dashboard connection's outbox. At most one send is in flight; what arrives meanwhile is merged
/// (latest per vehicle wins), so the backlog is bounded by the company's vehicle count and a slow
/// reader gets fewer, fresher updates. A send that does not complete within the slow-client timeout
/// aborts the connection. Fleet events are never merged: they queue in order and go before the next
/// vehicle batch; a reader that lets <see cref="MaxQueuedEvents"/> pile up is disconnected (it
/// reconnects and reloads), so the queue stays bounded. The header figures keep only the latest
/// message, sent after queued events and before vehicles. Nothing here waits on another connection.
/// </summary>
public sealed class DashboardConnection(HubConnectionContext connection, Guid companyId, Guid userId, Guid? sessionId)
{
    private readonly Lock _gate = new();
    public const int MaxQueuedEvents = 256;

    private readonly Dictionary<Guid, VehicleSnapshot> _pending = [];
    private readonly Queue<SerializedHubMessage> _events = new();
    private SerializedHubMessage? _stats;
    private bool _sending;
    private bool _closed;

    public HubConnectionContext Connection { get; } = connection;

    public string ConnectionId => Connection.ConnectionId;

    public Guid CompanyId { get; } = companyId;

    public Guid UserId { get; } = userId;

    /// <summary>The sign-in session the connection was opened with; null for a cookie issued before sessions existed.</summary>
    public Guid? SessionId { get; } = sessionId;

    /// <summary>Hands a company batch to this connection: sent now if idle (the shared serialized message), merged otherwise.</summary>
    public void Deliver(VehicleSnapshot[] batch, SerializedHubMessage message, DashboardSender sender)
    {
        lock (_gate)
        {
            if (_closed) return;
            if (_sending)
            {
                foreach (var vehicle in batch) _pending[vehicle.VehicleId] = vehicle;
                return;
            }
            _sending = true;
        }
        _ = sender.DrainAsync(this, message);
    }

    /// <summary>Hands one fleet event to this connection: sent now if idle, queued in order otherwise.</summary>
    public void DeliverEvent(SerializedHubMessage message, DashboardSender sender)
    {
        lock (_gate)
        {
            if (_closed) return;
            if (_sending)
            {
                if (_events.Count >= MaxQueuedEvents)
                {
                    _closed = true;
                    _pending.Clear();
                    _events.Clear();
                }
                else
                {
                    _events.Enqueue(message);
                    return;
                }
            }
            else
            {
                _sending = true;
            }
        }
        if (_closed)
        {
            Connection.Abort();
            return;
        }
        _ = sender.DrainAsync(this, message);
    }

    /// <summary>Hands the company's latest header figures to this connection: sent now if idle, replacing any not yet sent otherwise.</summary>
    public void DeliverStats(SerializedHubMessage message, DashboardSender sender)
    {
        lock (_gate)
        {
            if (_closed) return;
            if (_sending)
            {
                _stats = message;
                return;
            }
            _sending = true;
        }
        _ = sender.DrainAsync(this, message);
    }

    /// <summary>The next message to send (queued events first, then the latest figures, then the merged vehicles), or null (and the connection idle again) when there is none.</summary>
    public SerializedHubMessage? TakeNext()
    {
        lock (_gate)
        {
            if (!_closed && _events.TryDequeue(out var next)) return next;
            if (!_closed && _stats is { } stats)
            {
                _stats = null;
                return stats;
            }
            if (_closed || _pending.Count == 0)
            {
                _sending = false;
                return null;
            }
            VehicleSnapshot[] merged = [.. _pending.Values];
            _pending.Clear();
            return FleetPushMessage.VehiclesUpdated(merged);
        }
    }

    public void Close()
    {
        lock (_gate)
        {
            _closed = true;
            _pending.Clear();
            _events.Clear();
            _stats = null;
        }
    }

    public void Abort()
    {
        Close();
        Connection.Abort();
    }
}
