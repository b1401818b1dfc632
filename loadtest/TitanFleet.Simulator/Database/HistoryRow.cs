namespace TitanFleet.Simulator.Database;

/// <summary>One synthetic location_history row: demo vehicle index, fix time, and its place in the batch (varies the coordinates).</summary>
public readonly record struct HistoryRow(int Index, DateTimeOffset FixTime, int Ordinal);
