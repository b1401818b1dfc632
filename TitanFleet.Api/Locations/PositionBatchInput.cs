namespace TitanFleet.Api.Locations;

/// <summary>Up to <see cref="IngestionOptions.MaxBatchSize"/> positions, possibly for several vehicles of one company.</summary>
public sealed record PositionBatchInput(PositionInput[]? Positions);
