import { api } from '../api/api.js';
import { can } from '../auth/permissions.js';
import { userNames } from '../audit/user-names.js';
import { noticeArea } from '../management/notice.js';
import { href } from '../management/routes.js';
import { CursorPager } from '../shared/cursor-pager.js';
import { el } from '../shared/dom.js';
import { emptyRow, filterForm, filterValues, loadPage, recordsTable } from '../shared/filtered-list.js';
import { formField, select } from '../shared/form-field.js';
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
    const query = checksQuery(filterValues(fields, CHECK_FILTER_NAMES));
    await loadPage({
      fields, notice, pager, body,
      fetchPage: (cursor) => api.inspections.list({ ...query, cursor, limit: PAGE_SIZE }),
      rows: (checks) => checks.map(row),
      empty: () => emptyRow(5, 'No checks match these filters.'),
      failure: 'Could not load the checks',
    });
    controls.update();
  }
  const controls = pagerControls(pager, load, 'Check pages');

  const apply = () => {
    pager.reset();
    load();
  };

  screen.replaceChildren(el('section', { className: 'manage-view', 'aria-labelledby': 'checks-title' },
    el('header', { className: 'manage-header' }, el('h1', { id: 'checks-title' }, 'Walkaround checks'),
      can(user, 'check-items') ? el('a', { className: 'button', href: href.checkItems() }, 'Check items') : null),
    filterForm({ label: 'Filter the checks', fields, names: CHECK_FILTER_NAMES, apply }),
    notice.element,
    recordsTable({ className: 'checks', caption: 'Walkaround checks, newest first', headings: ['Submitted', 'Vehicle', 'Driver', 'Odometer', 'Outcome'], body }),
    controls.element));
  await load();
}
