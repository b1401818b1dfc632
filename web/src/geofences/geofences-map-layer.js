import L from 'leaflet';
import { api } from '../api/api.js';
import { href } from '../management/routes.js';
import { el } from '../shared/dom.js';
import { occupantsSummary } from './geofence-occupants.js';
import { geofenceLayer } from './geofence-shapes.js';

function popupContent(geofence, summary) {
  return el('div', { className: 'geofence-popup', dataset: { geofenceId: geofence.id } },
    el('strong', {}, geofence.name),
    el('p', {}, summary),
    el('a', { href: href.geofence(geofence.id) }, 'Details'));
}

/**
 * The company's active geofences drawn under the vehicles on the live map, each named on hover;
 * a click opens who is inside it now (asked when opened, so the map polls nothing).
 */
export async function addGeofencesToMap(map) {
  const group = L.layerGroup().addTo(map);
  let cursor = null;
  do {
    const page = await api.geofences.list({ active: true, cursor, limit: 200 });
    for (const geofence of page.items) {
      const layer = geofenceLayer(geofence, { interactive: true }).bindTooltip(geofence.name)
        .bindPopup(() => popupContent(geofence, 'Finding who is inside…'));
      layer.on('popupopen', ({ popup }) => {
        api.geofences.occupants(geofence.id)
          .then((occupants) => popup.setContent(popupContent(geofence, occupantsSummary(occupants))))
          .catch((error) => popup.setContent(popupContent(geofence, `Could not load who is inside: ${error.message}`)));
      });
      layer.addTo(group);
    }
    cursor = page.nextCursor;
  } while (cursor);
  return group;
}
