namespace TitanFleet.Api.Locations;

public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    public double MaxSpeedKmh { get; set; } = 250;
    public TimeSpan MaxFutureSkew { get; set; } = TimeSpan.FromMinutes(5);
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(7);
    public int MaxBatchSize { get; set; } = 1_000;
    public long MaxSingleBodyBytes { get; set; } = 16 * 1024;
    public long MaxBatchBodyBytes { get; set; } = 1024 * 1024;
}
