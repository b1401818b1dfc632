import { api } from '../api/api.js';
import { noticeArea } from '../management/notice.js';
import { href } from '../management/routes.js';
import { CursorPager } from '../shared/cursor-pager.js';
import { el } from '../shared/dom.js';
import { emptyRow, filterForm, filterValues, loadPage, recordsTable } from '../shared/filtered-list.js';
import { formField, select } from '../shared/form-field.js';
import { fullTime } from '../shared/format.js';
import { pagerControls } from '../shared/pager-controls.js';
import { assignees } from './assignees.js';
import { DEFECT_STATUSES, SEVERITIES, severityLabel, sortForQueue, statusLabel } from './defect-flow.js';
import { DEFECT_FILTER_NAMES, defectQuery } from './defect-query.js';

const PAGE_SIZE = 50;
const STATES = [{ value: 'open', label: 'Open' }, { value: 'resolved', label: 'Resolved' }, { value: 'all', label: 'All' }];

async function vehicleChoices() {
  const page = await api.vehicles.list({ limit: 200 });
  return page.items.map((vehicle) => ({ value: vehicle.id, label: vehicle.registration }));
}

function filterFields(vehicles, people) {
  return {
    state: formField('defects', 'state', 'Show', select(STATES, 'open')),
    vehicleId: formField('defects', 'vehicleId', 'Vehicle', select([{ value: '', label: 'Any vehicle' }, ...vehicles])),
    status: formField('defects', 'status', 'Status', select([{ value: '', label: 'Any status' }, ...DEFECT_STATUSES])),
    severity: formField('defects', 'severity', 'Severity', select([{ value: '', label: 'Any severity' }, ...SEVERITIES])),
    assignedTo: formField('defects', 'assignedTo', 'Assigned to', select([{ value: '', label: 'Anyone or no one' }, ...people])),
    from: formField('defects', 'from', 'Reported from', el('input', { type: 'date' })),
    to: formField('defects', 'to', 'Reported to (inclusive)', el('input', { type: 'date' })),
  };
}

/** The defects queue (mechanics, managers, admins): open ones first, dangerous before minor, with filters. */
export async function renderDefectsView(screen, { user, route }) {
  const [vehicles, people] = await Promise.all([vehicleChoices(), assignees(user)]);
  const notice = noticeArea();
  const pager = new CursorPager();
  const fields = filterFields(vehicles, people);
  for (const name of DEFECT_FILTER_NAMES) {
    if (route.query.has(name)) fields[name].control.value = route.query.get(name);
  }
  const body = el('tbody');

  const row = (defect) => el('tr', { dataset: { defectId: defect.id, severity: defect.severity, status: defect.status } },
    el('td', {}, el('time', { datetime: defect.reportedAt }, fullTime(defect.reportedAt))),
    el('td', {}, defect.registration),
    el('th', { scope: 'row' }, el('a', { href: href.defect(defect.id) }, `${defect.category}: ${defect.description}`)),
    el('td', {}, el('span', { className: 'defect-severity', dataset: { severity: defect.severity } }, severityLabel(defect.severity))),
    el('td', {}, el('span', { className: 'defect-status', dataset: { status: defect.status } }, statusLabel(defect.status))),
    el('td', {}, defect.assignedToName ?? '—'),
    el('td', {}, defect.reportedByName));

  async function load() {
    const query = defectQuery(filterValues(fields, DEFECT_FILTER_NAMES));
    await loadPage({
      fields, notice, pager, body,
      fetchPage: (cursor) => api.defects.list({ ...query, cursor, limit: PAGE_SIZE }),
      rows: (defects) => sortForQueue(defects).map(row),
      empty: () => emptyRow(7, 'No defects match these filters.'),
      failure: 'Could not load defects',
    });
    controls.update();
  }
  const controls = pagerControls(pager, load, 'Defect pages');

  const apply = () => {
    pager.reset();
    load();
  };

  screen.replaceChildren(el('section', { className: 'manage-view', 'aria-labelledby': 'defects-title' },
    el('header', { className: 'manage-header' }, el('h1', { id: 'defects-title' }, 'Defects')),
    filterForm({ label: 'Filter defects', fields, names: DEFECT_FILTER_NAMES, apply, cleared: (name) => (name === 'state' ? 'open' : '') }),
    notice.element,
    recordsTable({ className: 'defects', caption: 'Defects, open and dangerous first', headings: ['Reported', 'Vehicle', 'Defect', 'Severity', 'Status', 'Assigned', 'Reported by'], body }),
    controls.element));
  await load();
}
