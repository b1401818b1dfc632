import { api, ApiError } from '../api/api.js';
import { fieldErrors } from '../api/problems.js';
import { can } from '../auth/permissions.js';
import { userNames } from '../audit/user-names.js';
import { noticeArea } from '../management/notice.js';
import { href } from '../management/routes.js';
import { CursorPager } from '../shared/cursor-pager.js';
import { el } from '../shared/dom.js';
import { formField, select, showFieldErrors } from '../shared/form-field.js';
import { distance, fullTime } from '../shared/format.js';
import { pagerControls } from '../shared/pager-controls.js';
import { CHECK_FILTER_NAMES, checksQuery } from './checks-query.js';

const PAGE_SIZE = 25;
const MAX_VEHICLES = 200;
const DEFECT_CHOICES = [{ value: '', label: 'Any' }, { value: 'with', label: 'With defects' }, { value: 'without', label: 'Nil defect' }];

async function vehicleChoices() {
  const page = await api.vehicles.list({ limit: MAX_VEHICLES });
  return [{ value: '', label: 'Any vehicle' }, ...page.items.map((vehicle) => ({ value: vehicle.id, label: vehicle.registration }))];
}

function filterFields(vehicles, drivers) {
  return {
    vehicleId: formField('checks', 'vehicleId', 'Vehicle', select(vehicles)),
    driverId: formField('checks', 'driverId', 'Driver', select([{ value: '', label: 'Anyone' }, ...[...drivers].map(([value, label]) => ({ value, label }))])),
    from: formField('checks', 'from', 'From', el('input', { type: 'date' })),
    to: formField('checks', 'to', 'To (inclusive)', el('input', { type: 'date' })),
    defects: formField('checks', 'defects', 'Defects', select(DEFECT_CHOICES)),
  };
}

function outcome(check) {
  if (check.nilDefect) return el('span', { className: 'record-status', dataset: { status: 'active' } }, 'Nil defect');
  const dangerous = check.defects.some((defect) => defect.severity === 'dangerous');
  return el('span', { className: 'record-status', dataset: { status: dangerous ? 'vor' : 'maintenance' } },
    `${check.defects.length} defect${check.defects.length === 1 ? '' : 's'}${dangerous ? ' (dangerous)' : ''}`);
}

/** Walkaround checks (admins, managers, mechanics): filters kept in the address, a page of checks, each opening its detail. */
export async function renderChecksView(screen, { user, route }) {
  const [vehicles, drivers] = await Promise.all([vehicleChoices(), userNames(user)]);
  const notice = noticeArea();
  const pager = new CursorPager();
  const fields = filterFields(vehicles, drivers);
  for (const name of CHECK_FILTER_NAMES) fields[name].control.value = route.query.get(name) ?? '';
  const body = el('tbody');

  const row = (check) => el('tr', { dataset: { inspectionId: check.id } },
    el('td', {}, el('a', { href: href.check(check.id) }, el('time', { datetime: check.submittedAt }, fullTime(check.submittedAt)))),
    el('th', { scope: 'row' }, check.registration),
    el('td', {}, check.driverName),
    el('td', {}, distance(check.odometerKm)),
    el('td', {}, outcome(check)));

  async function load() {
    const values = Object.fromEntries(CHECK_FILTER_NAMES.map((name) => [name, fields[name].control.value]));
    showFieldErrors(fields, {});
    try {
      const page = await api.inspections.list({ ...checksQuery(values), cursor: pager.cursor, limit: PAGE_SIZE });
      pager.loaded(page.nextCursor);
      notice.show(null);
      body.replaceChildren(...(page.items.length > 0
        ? page.items.map(row)
        : [el('tr', {}, el('td', { colspan: 5, className: 'empty' }, 'No checks match these filters.'))]));
    } catch (error) {
      const errors = error instanceof ApiError ? fieldErrors(error.problem) : {};
      const unclaimed = showFieldErrors(fields, errors);
      notice.show(Object.keys(errors).length === 0 ? `Could not load the checks: ${error.message}` : unclaimed.join(' ') || null, 'error');
      pager.loaded(null);
      body.replaceChildren();
    }
    controls.update();
  }
  const controls = pagerControls(pager, load, 'Check pages');

  const submit = (event) => {
    event.preventDefault();
    pager.reset();
    load();
  };
  const clear = () => {
    for (const name of CHECK_FILTER_NAMES) fields[name].control.value = '';
    pager.reset();
    load();
  };

  screen.replaceChildren(el('section', { className: 'manage-view', 'aria-labelledby': 'checks-title' },
    el('header', { className: 'manage-header' }, el('h1', { id: 'checks-title' }, 'Walkaround checks'),
      can(user, 'check-items') ? el('a', { className: 'button', href: href.checkItems() }, 'Check items') : null),
    el('form', { className: 'filters', role: 'search', 'aria-label': 'Filter the checks', novalidate: true, onsubmit: submit },
      Object.values(fields).map((field) => field.element),
      el('div', { className: 'filter-actions' },
        el('button', { type: 'submit', className: 'button' }, 'Filter'),
        el('button', { type: 'button', className: 'button subtle', onclick: clear }, 'Clear'))),
    notice.element,
    el('div', { className: 'table-scroll' },
      el('table', { className: 'records checks' },
        el('caption', { className: 'visually-hidden' }, 'Walkaround checks, newest first'),
        el('thead', {}, el('tr', {}, ['Submitted', 'Vehicle', 'Driver', 'Odometer', 'Outcome'].map((title) => el('th', { scope: 'col' }, title)))),
        body)),
    controls.element));
  await load();
}
