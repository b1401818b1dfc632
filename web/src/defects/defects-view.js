import { api, ApiError } from '../api/api.js';
import { fieldErrors } from '../api/problems.js';
import { noticeArea } from '../management/notice.js';
import { href } from '../management/routes.js';
import { CursorPager } from '../shared/cursor-pager.js';
import { el } from '../shared/dom.js';
import { formField, select, showFieldErrors } from '../shared/form-field.js';
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
    const values = Object.fromEntries(DEFECT_FILTER_NAMES.map((name) => [name, fields[name].control.value]));
    showFieldErrors(fields, {});
    try {
      const page = await api.defects.list({ ...defectQuery(values), cursor: pager.cursor, limit: PAGE_SIZE });
      pager.loaded(page.nextCursor);
      notice.show(null);
      body.replaceChildren(...(page.items.length > 0
        ? sortForQueue(page.items).map(row)
        : [el('tr', {}, el('td', { colspan: 7, className: 'empty' }, 'No defects match these filters.'))]));
    } catch (error) {
      const errors = error instanceof ApiError ? fieldErrors(error.problem) : {};
      const unclaimed = showFieldErrors(fields, errors);
      notice.show(Object.keys(errors).length === 0 ? `Could not load defects: ${error.message}` : unclaimed.join(' ') || null, 'error');
      pager.loaded(null);
      body.replaceChildren();
    }
    controls.update();
  }
  const controls = pagerControls(pager, load, 'Defect pages');

  const submit = (event) => {
    event.preventDefault();
    pager.reset();
    load();
  };
  const clear = () => {
    for (const name of DEFECT_FILTER_NAMES) fields[name].control.value = name === 'state' ? 'open' : '';
    pager.reset();
    load();
  };

  screen.replaceChildren(el('section', { className: 'manage-view', 'aria-labelledby': 'defects-title' },
    el('header', { className: 'manage-header' }, el('h1', { id: 'defects-title' }, 'Defects')),
    el('form', { className: 'filters', role: 'search', 'aria-label': 'Filter defects', novalidate: true, onsubmit: submit },
      Object.values(fields).map((field) => field.element),
      el('div', { className: 'filter-actions' },
        el('button', { type: 'submit', className: 'button' }, 'Filter'),
        el('button', { type: 'button', className: 'button subtle', onclick: clear }, 'Clear'))),
    notice.element,
    el('div', { className: 'table-scroll' },
      el('table', { className: 'records defects' },
        el('caption', { className: 'visually-hidden' }, 'Defects, open and dangerous first'),
        el('thead', {}, el('tr', {}, ['Reported', 'Vehicle', 'Defect', 'Severity', 'Status', 'Assigned', 'Reported by'].map((title) => el('th', { scope: 'col' }, title)))),
        body)),
    controls.element));
  await load();
}
