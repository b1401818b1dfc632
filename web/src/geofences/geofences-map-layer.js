import L from 'leaflet';
import { api } from '../api/api.js';
import { geofenceLayer } from './geofence-shapes.js';

/** The company's active geofences drawn under the vehicles on the live map, each named on hover. */
export async function addGeofencesToMap(map) {
  const group = L.layerGroup().addTo(map);
  let cursor = null;
  do {
    const page = await api.geofences.list({ active: true, cursor, limit: 200 });
    for (const geofence of page.items) {
      geofenceLayer(geofence, { interactive: true }).bindTooltip(geofence.name).addTo(group);
    }
    cursor = page.nextCursor;
  } while (cursor);
  return group;
}
