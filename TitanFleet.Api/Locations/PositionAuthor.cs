using System.Security.Claims;
using TitanFleet.Api.Auth;

namespace TitanFleet.Api.Locations;

/// <summary>Who is posting: a device (bound to one vehicle) or a signed-in user of a company.</summary>
public sealed record PositionAuthor(Guid CompanyId, Guid SourceId, Guid? BoundVehicleId)
{
    public static PositionAuthor From(ClaimsPrincipal principal) =>
        new(principal.GetCompanyId(), principal.GetSubjectId(), principal.GetBoundVehicleId());
}
