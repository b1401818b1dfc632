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
        var subject = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        return context.AuditActor(context.User.GetCompanyId(), Guid.TryParse(subject, out var id) ? id : null);
    }

    /// <summary>An actor for a request nobody is signed in to yet (a set-up link): the caller names whose change it is.</summary>
    public static AuditActor AuditActor(this HttpContext context, Guid companyId, Guid? userId) => new(
        CompanyId: companyId,
        UserId: userId,
        RequestId: Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier,
        ClientAddress: context.Connection.RemoteIpAddress);
}
