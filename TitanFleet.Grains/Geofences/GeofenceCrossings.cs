using TitanFleet.Grains.Events;

namespace TitanFleet.Grains.Geofences;

/// <summary>What a vehicle's fixes crossed: the alerts to publish and every counted crossing for the geofences' occupancy.</summary>
public sealed record GeofenceCrossings(IReadOnlyList<FleetEvent> Alerts, IReadOnlyList<GeofenceOccupancyChange> Occupancy);
