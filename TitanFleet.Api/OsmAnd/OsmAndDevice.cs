namespace TitanFleet.Api.OsmAnd;

/// <summary>A registered, unrevoked device of a company that accepts the OsmAnd protocol.</summary>
public sealed record OsmAndDevice(Guid Id, Guid CompanyId, Guid VehicleId);
