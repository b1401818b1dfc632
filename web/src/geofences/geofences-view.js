import { api, ApiError } from '../api/api.js';
import { can } from '../auth/permissions.js';
import { noticeArea } from '../management/notice.js';
import { href } from '../management/routes.js';
import { confirmDialog } from '../shared/confirm-dialog.js';
import { CursorPager } from '../shared/cursor-pager.js';
import { el } from '../shared/dom.js';
import { fullTime } from '../shared/format.js';
import { pagerControls } from '../shared/pager-controls.js';
import { geofenceTypeLabel } from './geofence-labels.js';

const PAGE_SIZE = 25;

function describeShape(geofence) {
  if (geofence.circle) return `Circle, ${geofence.circle.radiusMetres.toLocaleString('en-GB')} m`;
  return `Polygon, ${JSON.parse(geofence.polygon).coordinates[0].length - 1} points`;
}

function describeRules(geofence) {
  const alerts = [geofence.alertOnEnter ? 'enter' : null, geofence.alertOnExit ? 'exit' : null].filter(Boolean);
  const dwell = geofence.minDwellSeconds > 0 ? `, after ${Math.round(geofence.minDwellSeconds / 60)} min inside` : '';
  const limit = geofence.speedLimitKmh ? `; speed limit ${geofence.speedLimitKmh} km/h` : '';
  return (alerts.length > 0 ? `Alerts on ${alerts.join(' and ')}${dwell}` : 'No alerts') + limit;
}

/** The company's geofences: a page at a time, and (for managers and admins) add and delete. */
export async function renderGeofencesView(screen, { user }) {
  const writable = can(user, 'geofences.write');
  const notice = noticeArea();
  const pager = new CursorPager();
  const body = el('tbody');
  const reload = () => load().catch((error) => notice.show(`Could not load geofences: ${error.message}`, 'error'));
  const controls = pagerControls(pager, reload, 'Geofence pages');

  const remove = async (geofence) => {
    const confirmed = await confirmDialog({
      title: `Delete ${geofence.name}?`,
      message: 'It stops firing enter and exit events at once. Its audit entries are kept.',
      confirmLabel: 'Delete geofence',
      danger: true,
    });
    if (!confirmed) return;
    try {
      await api.geofences.remove(geofence.id, geofence.version);
      notice.show(`${geofence.name} deleted.`, 'success');
    } catch (error) {
      notice.show(error instanceof ApiError && error.status === 409
        ? `${geofence.name} was changed by someone else. The list now shows the latest.`
        : `Could not delete ${geofence.name}: ${error.message}`, 'warning');
    }
    await reload();
  };

  const row = (geofence) => el('tr', { dataset: { geofenceId: geofence.id } },
    el('th', { scope: 'row' }, geofence.name),
    el('td', {}, geofenceTypeLabel(geofence.type)),
    el('td', {}, describeShape(geofence)),
    el('td', {}, geofence.active ? 'Active' : 'Inactive'),
    el('td', {}, describeRules(geofence)),
    el('td', {}, fullTime(geofence.updatedAt)),
    el('td', { className: 'row-actions' },
      writable ? el('button', { type: 'button', className: 'button small danger', 'aria-label': `Delete ${geofence.name}`, onclick: () => remove(geofence) }, 'Delete') : null));

  async function load() {
    body.setAttribute('aria-busy', 'true');
    const page = await api.geofences.list({ cursor: pager.cursor, limit: PAGE_SIZE });
    pager.loaded(page.nextCursor);
    body.replaceChildren(...(page.items.length > 0
      ? page.items.map(row)
      : [el('tr', {}, el('td', { colspan: 7, className: 'empty' }, 'No geofences yet.'))]));
    body.removeAttribute('aria-busy');
    controls.update();
  }

  screen.replaceChildren(el('section', { className: 'manage-view', 'aria-labelledby': 'geofences-title' },
    el('header', { className: 'manage-header' },
      el('h1', { id: 'geofences-title' }, 'Geofences'),
      writable ? el('a', { className: 'button primary', href: href.newGeofence() }, 'Add geofence') : null),
    notice.element,
    el('div', { className: 'table-scroll' },
      el('table', { className: 'records geofences' },
        el('caption', { className: 'visually-hidden' }, 'Geofences of the company'),
        el('thead', {}, el('tr', {},
          ['Name', 'Type', 'Shape', 'Status', 'Rules', 'Updated'].map((title) => el('th', { scope: 'col' }, title)),
          el('th', { scope: 'col' }, el('span', { className: 'visually-hidden' }, 'Actions')))),
        body)),
    controls.element));
  await load();
}
