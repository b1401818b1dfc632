namespace TitanFleet.Simulator.Load;

/// <summary>How simulated phones send: one JSON position per request, an offline buffer as a batch, or the OsmAnd form.</summary>
public enum PostMode
{
    Single,
    Batch,
    OsmAnd,
}
