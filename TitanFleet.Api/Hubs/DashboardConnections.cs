using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.SignalR;
using TitanFleet.Api.Auth;

namespace TitanFleet.Api.Hubs;

/// <summary>
/// The dashboard connections open on this silo, by company for delivery and by user and session for
/// <see cref="Abort(Guid)"/> and <see cref="Abort(Guid, Guid)"/>. Kept by <see cref="FleetHubLifetimeManager"/> on connect and disconnect.
/// A driver's connection is kept apart from the company's fleet viewers: it gets its own
/// notifications (<see cref="ForUser"/>) and never the fleet's positions or events (<see cref="ForCompany"/>).
/// </summary>
public sealed class DashboardConnections
{
    private readonly ConcurrentDictionary<string, DashboardConnection> _byId = new();
    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<string, DashboardConnection>> _byCompany = new();
    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<string, DashboardConnection>> _driversByCompany = new();

    public int Count => _byId.Count;

    public void Add(HubConnectionContext connection)
    {
        var dashboard = new DashboardConnection(connection, connection.User.GetCompanyId(), connection.User.GetSubjectId(), connection.User.GetSessionId());
        _byId[dashboard.ConnectionId] = dashboard;
        Of(connection.User).GetOrAdd(dashboard.CompanyId, _ => new ConcurrentDictionary<string, DashboardConnection>())[dashboard.ConnectionId] = dashboard;
    }

    public void Remove(string connectionId)
    {
        if (!_byId.TryRemove(connectionId, out var dashboard)) return;
        dashboard.Close();
        // An emptied company entry stays: companies are few and it is reused on the next connect,
        // while removing it here could race with a concurrent Add for the same company.
        if (Of(dashboard.Connection.User).TryGetValue(dashboard.CompanyId, out var company)) company.TryRemove(connectionId, out _);
    }

    /// <summary>The company's fleet viewers on this silo (positions and fleet events go to these only).</summary>
    public ICollection<DashboardConnection> ForCompany(Guid companyId) =>
        _byCompany.TryGetValue(companyId, out var company) ? company.Values : [];

    /// <summary>The user's own connections on this silo, drivers' included (a notification goes to these and no others).</summary>
    public IEnumerable<DashboardConnection> ForUser(Guid companyId, Guid userId)
    {
        var drivers = _driversByCompany.TryGetValue(companyId, out var company) ? company.Values : [];
        return ForCompany(companyId).Concat(drivers).Where(dashboard => dashboard.UserId == userId);
    }

    private ConcurrentDictionary<Guid, ConcurrentDictionary<string, DashboardConnection>> Of(ClaimsPrincipal user) =>
        FleetHub.IsFleetViewer(user) ? _byCompany : _driversByCompany;

    /// <summary>Closes every connection of this user on this silo (revoked sessions); returns how many.</summary>
    public int Abort(Guid userId) => Abort(dashboard => dashboard.UserId == userId);

    /// <summary>Closes the connections of this user opened with this session on this silo (logout); returns how many.</summary>
    public int Abort(Guid userId, Guid sessionId) => Abort(dashboard => dashboard.UserId == userId && dashboard.SessionId == sessionId);

    private int Abort(Func<DashboardConnection, bool> match)
    {
        var aborted = 0;
        foreach (var dashboard in _byId.Values)
        {
            if (!match(dashboard)) continue;
            dashboard.Abort();
            aborted++;
        }
        return aborted;
    }
}
