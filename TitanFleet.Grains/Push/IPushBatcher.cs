using TitanFleet.Grains.Vehicles;

namespace TitanFleet.Grains.Push;

/// <summary>Silo-local collector of vehicle changes, flushed to every silo once per interval.</summary>
public interface IPushBatcher
{
    void Publish(VehicleSnapshot snapshot);
}
