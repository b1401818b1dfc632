namespace TitanFleet.Api.Locations;

/// <summary>Positions accepted and durable (exact resends count as accepted; they are stored once).</summary>
public sealed record IngestResult(int Accepted);
