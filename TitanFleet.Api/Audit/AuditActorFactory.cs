using System.Diagnostics;
using System.Security.Claims;
using TitanFleet.Api.Auth;
using TitanFleet.Grains.Audit;

namespace TitanFleet.Api.Audit;

public static class AuditActorFactory
{
    /// <summary>
    /// The signed-in caller as the audit log records them. The request id is the trace id when
    /// tracing is on (so an entry leads to its trace), else ASP.NET Core's request identifier.
    /// </summary>
    public static AuditActor AuditActor(this HttpContext context)
    {
        var user = context.User;
        var subject = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return new AuditActor(
            CompanyId: user.GetCompanyId(),
            UserId: Guid.TryParse(subject, out var id) ? id : null,
            RequestId: Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier,
            ClientAddress: context.Connection.RemoteIpAddress);
    }
}
