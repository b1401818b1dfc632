/**
 * window.titanFleet: read-only views for browser tests and the benchmark driver. The map is a canvas,
 * so a test cannot find a vehicle marker in the DOM; it asks here what was drawn, and where.
 */
export function installTestHook({ store, vehicles, trail, connection, map }) {
  window.titanFleet = {
    /** The marker as last drawn: { latitude, longitude, status, x, y } in map-container pixels, or null. */
    vehicle: (vehicleId) => vehicles.rendered(vehicleId),
    vehicleCount: () => store.size,
    renderedCount: () => vehicles.renderedCount(),
    connectionState: () => connection.state,
    trailLength: () => trail.length,
    zoom: () => map.getZoom(),
    showVehicle: (vehicleId, zoom = 12) => {
      const vehicle = store.get(vehicleId);
      if (vehicle?.latitude != null) map.setView([vehicle.latitude, vehicle.longitude], zoom, { animate: false });
    },
  };
}
