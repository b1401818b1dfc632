import { api, ApiError } from '../api/api.js';
import { can } from '../auth/permissions.js';
import { createFleetMap } from '../map/fleet-map.js';
import { flash, noticeArea } from '../management/notice.js';
import { href } from '../management/routes.js';
import { confirmDialog } from '../shared/confirm-dialog.js';
import { el } from '../shared/dom.js';
import { fullTime } from '../shared/format.js';
import { describeRules, describeShape } from './geofence-describe.js';
import { geofenceTypeLabel } from './geofence-labels.js';
import { occupantsTable } from './geofence-occupants.js';
import { geofenceLayer } from './geofence-shapes.js';

/** One geofence (#/geofences/<id>): its shape, rules and who is inside now; managers and admins edit or delete it here. */
export async function renderGeofenceDetail(screen, { route, user }) {
  const { geofenceId } = route.params;
  let geofence;
  try {
    geofence = await api.geofences.get(geofenceId);
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 404) throw error;
    screen.replaceChildren(el('section', { className: 'manage-view' }, el('h1', {}, 'Geofence not found'),
      el('p', {}, 'It may have been deleted. ', el('a', { href: href.geofences() }, 'Back to geofences'))));
    return;
  }

  const writable = can(user, 'geofences.write');
  const notice = noticeArea();
  const occupants = occupantsTable(geofenceId);
  const mapElement = el('div', { className: 'geofence-editor-map', 'aria-label': `${geofence.name} on the map` });

  const remove = async () => {
    const confirmed = await confirmDialog({
      title: `Delete ${geofence.name}?`,
      message: 'It stops firing enter and exit events at once. Its audit entries are kept.',
      confirmLabel: 'Delete geofence',
      danger: true,
    });
    if (!confirmed) return;
    try {
      await api.geofences.remove(geofence.id, geofence.version);
      flash(`${geofence.name} deleted.`);
      location.hash = href.geofences();
    } catch (error) {
      notice.show(error instanceof ApiError && error.status === 409
        ? `${geofence.name} was changed by someone else since you opened it. Reload the page to see the latest, then delete it again.`
        : `Could not delete ${geofence.name}: ${error.message}`, 'warning');
    }
  };

  const facts = [
    ['Type', geofenceTypeLabel(geofence.type)],
    ['Shape', describeShape(geofence)],
    ['Status', geofence.active ? 'Active' : 'Inactive'],
    ['Rules', describeRules(geofence)],
    ['Updated', fullTime(geofence.updatedAt)],
  ];
  screen.replaceChildren(el('section', { className: 'manage-view', 'aria-labelledby': 'geofence-title' },
    el('header', { className: 'manage-header' },
      el('a', { className: 'back', href: href.geofences() }, '← Geofences'),
      el('h1', { id: 'geofence-title' }, geofence.name),
      writable ? el('a', { className: 'button primary', href: href.editGeofence(geofence.id) }, 'Edit geofence') : null,
      writable ? el('button', { type: 'button', className: 'button danger', onclick: remove }, 'Delete geofence') : null),
    notice.element,
    el('dl', { className: 'geofence-facts' }, facts.flatMap(([term, value]) => [el('dt', {}, term), el('dd', {}, value)])),
    mapElement,
    occupants.element));

  await occupants.refresh();
  occupants.start();
  const map = createFleetMap(mapElement, await api.config());
  const layer = geofenceLayer(geofence).addTo(map);
  requestAnimationFrame(() => {
    map.invalidateSize();
    map.fitBounds(layer.getBounds(), { padding: [24, 24] });
  });
}
