import { api } from '../api/api.js';
import { el } from '../shared/dom.js';
import { ago, fullTime } from '../shared/format.js';

/** How often an open detail screen asks again who is inside: crossings are rare next to pings. */
export const OCCUPANTS_REFRESH_MS = 5000;

/**
 * Who is inside a geofence now and since when (the fix that began their stay), as a table that
 * reloads itself while it is on screen.
 */
export function occupantsTable(geofenceId) {
  const body = el('tbody', { 'aria-live': 'polite' });
  const element = el('section', { className: 'geofence-occupants', 'aria-labelledby': 'geofence-occupants-title' },
    el('h2', { id: 'geofence-occupants-title' }, 'Inside now'),
    el('table', { className: 'records occupants' },
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Vehicle'), el('th', { scope: 'col' }, 'Inside since'))),
      body));

  const show = (occupants) => body.replaceChildren(...(occupants.length > 0
    ? occupants.map((occupant) => el('tr', { dataset: { vehicleId: occupant.vehicleId } },
      el('th', { scope: 'row' }, occupant.registration),
      el('td', { title: fullTime(occupant.since) }, `${fullTime(occupant.since)} (${ago(occupant.since)})`)))
    : [el('tr', {}, el('td', { colspan: 2, className: 'empty' }, 'No vehicles inside.'))]));

  const refresh = async () => show(await api.geofences.occupants(geofenceId));
  const poll = () => {
    if (!element.isConnected) return;
    refresh().catch((error) => console.error('Could not reload who is inside', error)).finally(() => setTimeout(poll, OCCUPANTS_REFRESH_MS));
  };
  return { element, refresh, start: () => setTimeout(poll, OCCUPANTS_REFRESH_MS) };
}

/** "AB12 CDE, XY73 ZZZ" or "nobody", for the live map's popup. */
export function occupantsSummary(occupants) {
  if (occupants.length === 0) return 'No vehicles inside';
  return `Inside: ${occupants.map((occupant) => occupant.registration).join(', ')}`;
}
