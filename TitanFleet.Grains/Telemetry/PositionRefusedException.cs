namespace TitanFleet.Grains.Telemetry;

/// <summary>
/// A position that breaks <see cref="PositionRules"/> or belongs to another company, refused by the
/// ingestion path or a grain before anything is stored or applied.
/// </summary>
[GenerateSerializer]
public sealed class PositionRefusedException : Exception
{
    public PositionRefusedException()
    {
    }

    public PositionRefusedException(string message) : base(message)
    {
    }

    public PositionRefusedException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
