namespace TitanFleet.Grains.Events;

/// <summary>
/// Something that happened in a company's fleet that its dashboards are told of at once (shift
/// started, defect raised, hours breached...). <see cref="Type"/> is one of <see cref="FleetEventTypes"/>;
/// <see cref="Details"/> carries the type's own facts as text, so a new type needs no new contract.
/// </summary>
[GenerateSerializer, Immutable, Alias("titanfleet.fleet-event.v1")]
public sealed record FleetEvent(
    [property: Id(0)] Guid Id,
    [property: Id(1)] Guid CompanyId,
    [property: Id(2)] string Type,
    [property: Id(3)] DateTimeOffset OccurredAt,
    [property: Id(4)] string Summary,
    [property: Id(5)] Guid? VehicleId = null,
    [property: Id(6)] string? Registration = null,
    [property: Id(7)] Guid? DriverId = null,
    [property: Id(8)] string? DriverName = null,
    [property: Id(9)] IReadOnlyDictionary<string, string>? Details = null);
