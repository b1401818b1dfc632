import { api, ApiError } from '../api/api.js';
import { fieldErrors } from '../api/problems.js';
import { noticeArea } from '../management/notice.js';
import { href } from '../management/routes.js';
import { confirmDialog } from '../shared/confirm-dialog.js';
import { CursorPager } from '../shared/cursor-pager.js';
import { el } from '../shared/dom.js';
import { formField, select, showFieldErrors } from '../shared/form-field.js';
import { fullTime } from '../shared/format.js';
import { pagerControls } from '../shared/pager-controls.js';
import { deviceSetupCard } from './device-setup-card.js';

const PAGE_SIZE = 25;
const KINDS = [{ value: 'phone', label: 'Phone' }, { value: 'tracker', label: 'Tracker' }];
const kindLabel = (kind) => KINDS.find((option) => option.value === kind)?.label ?? kind;

function registerForm(vehicle, onRegistered) {
  const fields = {
    name: formField('device', 'name', 'Name', el('input', { type: 'text', autocomplete: 'off', maxlength: 60, required: true }), "e.g. Driver's phone"),
    kind: formField('device', 'kind', 'Kind', select(KINDS, 'phone')),
    uniqueId: formField('device', 'uniqueId', 'Tracker IMEI (optional)', el('input', { type: 'text', inputmode: 'numeric', autocomplete: 'off', maxlength: 15 }),
      'Leave empty and an unguessable device identifier is generated.'),
  };
  const summary = el('p', { className: 'form-summary', role: 'alert', hidden: true });
  const submit = el('button', { type: 'submit', className: 'button primary' }, 'Register device');
  const onsubmit = async (event) => {
    event.preventDefault();
    submit.disabled = true;
    summary.hidden = true;
    try {
      const registered = await api.devices.register(vehicle.id, {
        name: fields.name.control.value.trim(),
        kind: fields.kind.control.value,
        uniqueId: fields.uniqueId.control.value.trim() || null,
      });
      showFieldErrors(fields, {});
      fields.name.control.value = '';
      fields.uniqueId.control.value = '';
      await onRegistered(registered);
    } catch (error) {
      const errors = error instanceof ApiError ? fieldErrors(error.problem) : {};
      const unclaimed = showFieldErrors(fields, errors);
      summary.textContent = Object.keys(errors).length === 0 ? `Could not register: ${error.message}` : unclaimed.join(' ');
      summary.hidden = summary.textContent === '';
    } finally {
      submit.disabled = false;
    }
  };
  return el('form', { className: 'record-form', novalidate: true, onsubmit, 'aria-labelledby': 'register-title' },
    el('h2', { id: 'register-title' }, 'Register a phone or tracker'),
    el('div', { className: 'form-grid' }, Object.values(fields).map((field) => field.element)),
    summary,
    el('div', { className: 'form-actions' }, submit));
}

/** A vehicle's phones and trackers (managers and admins): list, register with a one-time token and QR code, revoke. */
export async function renderDevicesView(screen, { route }) {
  const vehicle = await api.vehicles.get(route.params.vehicleId).catch((error) => {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  });
  if (vehicle === null) {
    screen.replaceChildren(el('section', { className: 'manage-view' }, el('h1', {}, 'Vehicle not found'),
      el('p', {}, el('a', { href: href.vehicles() }, 'Back to vehicles'))));
    return;
  }

  const notice = noticeArea();
  const pager = new CursorPager();
  const body = el('tbody');
  const setup = el('div', { className: 'setup-slot' });

  const revoke = async (device) => {
    const confirmed = await confirmDialog({
      title: `Revoke ${device.name}?`,
      message: 'Its positions are refused from now on, on every silo. The positions it already sent are kept.',
      confirmLabel: 'Revoke device',
      danger: true,
    });
    if (!confirmed) return;
    try {
      await api.devices.revoke(vehicle.id, device.id);
      notice.show(`${device.name} revoked.`, 'success');
    } catch (error) {
      notice.show(`Could not revoke ${device.name}: ${error.message}`, 'warning');
    }
    await reload();
  };

  const row = (device) => el('tr', { dataset: { deviceId: device.id } },
    el('th', { scope: 'row' }, device.name),
    el('td', {}, kindLabel(device.kind)),
    el('td', {}, el('code', {}, device.uniqueId)),
    el('td', {}, fullTime(device.createdAt)),
    el('td', {}, device.revokedAt
      ? el('span', { className: 'record-status', dataset: { status: 'retired' } }, `Revoked ${fullTime(device.revokedAt)}`)
      : el('span', { className: 'record-status', dataset: { status: 'active' } }, 'Active')),
    el('td', { className: 'row-actions' }, device.revokedAt ? null
      : el('button', { type: 'button', className: 'button small danger', 'aria-label': `Revoke ${device.name}`, onclick: () => revoke(device) }, 'Revoke')));

  async function load() {
    const page = await api.devices.list(vehicle.id, { cursor: pager.cursor, limit: PAGE_SIZE });
    pager.loaded(page.nextCursor);
    body.replaceChildren(...(page.items.length > 0
      ? page.items.map(row)
      : [el('tr', {}, el('td', { colspan: 6, className: 'empty' }, 'No devices registered for this vehicle yet.'))]));
    controls.update();
  }
  const reload = () => load().catch((error) => notice.show(`Could not load devices: ${error.message}`, 'error'));
  const controls = pagerControls(pager, reload, 'Device pages');

  const onRegistered = async (registered) => {
    setup.replaceChildren(await deviceSetupCard(registered));
    setup.scrollIntoView({ block: 'nearest' });
    await reload();
  };

  screen.replaceChildren(el('section', { className: 'manage-view', 'aria-labelledby': 'devices-title' },
    el('header', { className: 'manage-header' },
      el('a', { className: 'back', href: href.vehicles() }, '← Vehicles'),
      el('h1', { id: 'devices-title' }, `Devices of ${vehicle.registration}`)),
    notice.element,
    setup,
    el('div', { className: 'table-scroll' },
      el('table', { className: 'records' },
        el('caption', { className: 'visually-hidden' }, `Devices of ${vehicle.registration}`),
        el('thead', {}, el('tr', {},
          ['Name', 'Kind', 'Device identifier', 'Registered', 'Status'].map((title) => el('th', { scope: 'col' }, title)),
          el('th', { scope: 'col' }, el('span', { className: 'visually-hidden' }, 'Actions')))),
        body)),
    controls.element,
    vehicle.status === 'retired' ? el('p', { className: 'notice', dataset: { tone: 'warning' } }, 'This vehicle is retired: it takes no new devices.') : registerForm(vehicle, onRegistered)));
  await load();
}
