namespace TitanFleet.Grains.Telemetry;

/// <summary>
/// A fix with the same vehicle, source and fix time as a stored fix but different values: it is not
/// a resend and cannot be stored beside it, so the request is refused and nothing of it is written.
/// </summary>
public sealed class FixConflictException : Exception
{
    public FixConflictException()
    {
    }

    public FixConflictException(string message) : base(message)
    {
    }

    public FixConflictException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
