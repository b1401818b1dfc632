namespace TitanFleet.Grains.Observability;

/// <summary>A timed operation; finishes as successful on dispose unless <see cref="Fail"/> was called.</summary>
public interface ITrackedTransaction : IDisposable
{
    void Fail(Exception exception);
}
