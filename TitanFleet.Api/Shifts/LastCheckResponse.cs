using TitanFleet.Grains.Drivers;

namespace TitanFleet.Api.Shifts;

/// <summary>The walkaround check the current (or last) shift started on.</summary>
public sealed record LastCheckResponse(Guid InspectionId, Guid VehicleId, DateTimeOffset SubmittedAt)
{
    public static LastCheckResponse? From(LastCheck? check) => check is null ? null : new(check.InspectionId, check.VehicleId, check.SubmittedAt);
}
