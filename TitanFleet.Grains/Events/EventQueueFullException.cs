namespace TitanFleet.Grains.Events;

/// <summary>
/// The silo's event queue stayed full for <see cref="FleetEventOptions.HandOffWait"/>: the ping's fixes
/// are stored and applied, and its events wait in the vehicle grain for the next ping. Ingestion answers
/// 503 with Retry-After so devices slow down while PostgreSQL catches up.
/// </summary>
[GenerateSerializer]
public sealed class EventQueueFullException : Exception
{
    public EventQueueFullException()
    {
    }

    public EventQueueFullException(string message) : base(message)
    {
    }

    public EventQueueFullException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
