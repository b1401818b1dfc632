using System.Net;

namespace TitanFleet.Grains.Audit;

/// <summary>Who made a change and from where: the context every audit entry of one request shares.</summary>
public sealed record AuditActor(Guid CompanyId, Guid? UserId, string? RequestId, IPAddress? ClientAddress);
