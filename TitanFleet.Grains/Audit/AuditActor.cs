using System.Net;

namespace TitanFleet.Grains.Audit;

/// <summary>Who made a change and from where: the context every audit entry of one request shares. Crosses into grains that write records (a shift's end).</summary>
[GenerateSerializer, Immutable]
public sealed record AuditActor(
    [property: Id(0)] Guid CompanyId,
    [property: Id(1)] Guid? UserId,
    [property: Id(2)] string? RequestId,
    [property: Id(3)] IPAddress? ClientAddress);
