using Microsoft.AspNetCore.SignalR;
using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Api.Hubs;

/// <summary>
/// One dashboard connection's outbox. At most one send is in flight; what arrives meanwhile is merged
/// (latest per vehicle wins), so the backlog is bounded by the company's vehicle count and a slow
/// reader gets fewer, fresher updates. A send that does not complete within the slow-client timeout
/// aborts the connection. Nothing here waits on another connection.
/// </summary>
public sealed class DashboardConnection(HubConnectionContext connection, Guid companyId, Guid userId, Guid? sessionId)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, VehicleSnapshot> _pending = [];
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

    /// <summary>The merged backlog to send next, or null (and the connection idle again) when there is none.</summary>
    public VehicleSnapshot[]? TakePending()
    {
        lock (_gate)
        {
            if (_closed || _pending.Count == 0)
            {
                _sending = false;
                return null;
            }
            VehicleSnapshot[] merged = [.. _pending.Values];
            _pending.Clear();
            return merged;
        }
    }

    public void Close()
    {
        lock (_gate)
        {
            _closed = true;
            _pending.Clear();
        }
    }

    public void Abort()
    {
        Close();
        Connection.Abort();
    }
}
