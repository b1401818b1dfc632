import { api, ApiError } from '../api/api.js';
import { can } from '../auth/permissions.js';
import { noticeArea } from '../management/notice.js';
import { href } from '../management/routes.js';
import { confirmDialog } from '../shared/confirm-dialog.js';
import { CursorPager } from '../shared/cursor-pager.js';
import { el } from '../shared/dom.js';
import { distance, fullTime } from '../shared/format.js';
import { pagerControls } from '../shared/pager-controls.js';
import { describeVehicle, statusLabel, typeLabel } from './vehicle-fields.js';
import { vehicleFilters } from './vehicle-filters.js';

const PAGE_SIZE = 25;

// The filters outlive the screen, so coming back from an edit shows the list the user left.
let lastFilters = { registration: '', status: '', type: '', depot: '' };

function retireFailure(vehicle, error) {
  if (error instanceof ApiError && error.status === 409)
    return `${vehicle.registration} was changed by someone else. The list now shows the latest; check it and retire again if still right.`;
  if (error instanceof ApiError && error.status === 404) return `${vehicle.registration} no longer exists.`;
  return `Could not retire ${vehicle.registration}: ${error.message}`;
}

/** The vehicles register: filters, a page of vehicles, and (for managers and admins) add, edit and retire. */
export async function renderVehiclesView(screen, { user }) {
  const writable = can(user, 'vehicles.write');
  const notice = noticeArea();
  const pager = new CursorPager();
  const body = el('tbody');
  const reload = () => load().catch((error) => notice.show(`Could not load vehicles: ${error.message}`, 'error'));
  const controls = pagerControls(pager, reload, 'Vehicle pages');
  const filters = vehicleFilters(lastFilters, (values) => {
    lastFilters = values;
    pager.reset();
    reload();
  });

  const retire = async (vehicle) => {
    const confirmed = await confirmDialog({
      title: `Retire ${vehicle.registration}?`,
      message: 'It leaves the list and the live map, and its devices are refused from now on. Its history and audit entries are kept.',
      confirmLabel: 'Retire vehicle',
      danger: true,
    });
    if (!confirmed) return;
    try {
      await api.vehicles.retire(vehicle.id, vehicle.version);
      notice.show(`${vehicle.registration} retired.`, 'success');
    } catch (error) {
      notice.show(retireFailure(vehicle, error), 'warning');
    }
    await reload();
  };

  const row = (vehicle) => el('tr', { dataset: { vehicleId: vehicle.id } },
    el('th', { scope: 'row' }, vehicle.registration),
    el('td', {}, describeVehicle(vehicle) || '—'),
    el('td', {}, typeLabel(vehicle.type)),
    el('td', {}, el('span', { className: 'record-status', dataset: { status: vehicle.status } }, statusLabel(vehicle.status))),
    el('td', { className: 'number' }, distance(vehicle.mileageKm)),
    el('td', {}, vehicle.depot ?? '—'),
    el('td', {}, fullTime(vehicle.updatedAt)),
    el('td', { className: 'row-actions' },
      writable ? el('a', { className: 'button small', href: href.editVehicle(vehicle.id), 'aria-label': `Edit ${vehicle.registration}` }, 'Edit') : null,
      can(user, 'devices') ? el('a', { className: 'button small subtle', href: href.vehicleDevices(vehicle.id), 'aria-label': `Devices of ${vehicle.registration}` }, 'Devices') : null,
      can(user, 'files.read') ? el('a', { className: 'button small subtle', href: href.vehicleDocuments(vehicle.id), 'aria-label': `Documents of ${vehicle.registration}` }, 'Documents') : null,
      can(user, 'audit') ? el('a', { className: 'button small subtle', href: href.audit({ entityType: 'vehicle', entityId: vehicle.id }), 'aria-label': `History of ${vehicle.registration}` }, 'History') : null,
      writable && vehicle.status !== 'retired'
        ? el('button', { type: 'button', className: 'button small danger', 'aria-label': `Retire ${vehicle.registration}`, onclick: () => retire(vehicle) }, 'Retire')
        : null));

  async function load() {
    body.setAttribute('aria-busy', 'true');
    const page = await api.vehicles.list({ ...lastFilters, cursor: pager.cursor, limit: PAGE_SIZE });
    pager.loaded(page.nextCursor);
    body.replaceChildren(...(page.items.length > 0
      ? page.items.map(row)
      : [el('tr', {}, el('td', { colspan: 8, className: 'empty' }, 'No vehicles match these filters.'))]));
    body.removeAttribute('aria-busy');
    controls.update();
  }

  screen.replaceChildren(el('section', { className: 'manage-view', 'aria-labelledby': 'vehicles-title' },
    el('header', { className: 'manage-header' },
      el('h1', { id: 'vehicles-title' }, 'Vehicles'),
      writable ? el('a', { className: 'button primary', href: href.newVehicle() }, 'Add vehicle') : null),
    filters.element,
    notice.element,
    el('div', { className: 'table-scroll' },
      el('table', { className: 'records' },
        el('caption', { className: 'visually-hidden' }, 'Vehicles of the company'),
        el('thead', {}, el('tr', {},
          ['Registration', 'Vehicle', 'Type', 'Status', 'Mileage', 'Depot', 'Updated'].map((title) => el('th', { scope: 'col' }, title)),
          el('th', { scope: 'col' }, el('span', { className: 'visually-hidden' }, 'Actions')))),
        body)),
    controls.element));
  await load();
}
