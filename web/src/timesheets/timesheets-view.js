import { api, ApiError } from '../api/api.js';
import { fieldErrors } from '../api/problems.js';
import { noticeArea } from '../management/notice.js';
import { CursorPager } from '../shared/cursor-pager.js';
import { el } from '../shared/dom.js';
import { formField, select, showFieldErrors } from '../shared/form-field.js';
import { distance, fullTime } from '../shared/format.js';
import { pagerControls } from '../shared/pager-controls.js';
import { userNames } from '../audit/user-names.js';
import { timesheetForm } from './timesheet-form.js';
import { duration, TIMESHEET_FILTER_NAMES, timesheetQuery } from './timesheet-query.js';

const PAGE_SIZE = 50;
const MAX_VEHICLES = 200;

async function vehicleOptions() {
  const page = await api.vehicles.list({ limit: MAX_VEHICLES });
  return page.items.map((vehicle) => ({ value: vehicle.id, label: vehicle.registration }));
}

/** Ended shifts, newest first, filtered by driver, vehicle and dates; managers and admins correct an entry in place. */
export async function renderTimesheetsView(screen, { user, route }) {
  const [users, vehicles] = await Promise.all([userNames(user), vehicleOptions()]);
  const notice = noticeArea();
  const pager = new CursorPager();
  const fields = {
    driverId: formField('timesheets', 'driverId', 'Driver', select([{ value: '', label: 'Any driver' }, ...[...users].map(([value, label]) => ({ value, label }))])),
    vehicleId: formField('timesheets', 'vehicleId', 'Vehicle', select([{ value: '', label: 'Any vehicle' }, ...vehicles])),
    from: formField('timesheets', 'from', 'From', el('input', { type: 'date' })),
    to: formField('timesheets', 'to', 'To (inclusive)', el('input', { type: 'date' })),
  };
  for (const name of TIMESHEET_FILTER_NAMES) fields[name].control.value = route.query.get(name) ?? '';
  const body = el('tbody');

  const row = (entry) => {
    const edit = el('button', { type: 'button', className: 'button subtle', onclick: () => openForm(entry, tr) }, 'Correct');
    const tr = el('tr', { dataset: { timesheetId: entry.id } },
      el('td', {}, entry.driverName),
      el('td', {}, entry.registration),
      el('td', {}, el('time', { datetime: entry.startedAt }, fullTime(entry.startedAt))),
      el('td', {}, el('time', { datetime: entry.endedAt }, fullTime(entry.endedAt))),
      el('td', { dataset: { column: 'distance' } }, distance(entry.distanceKm)),
      el('td', {}, duration(entry.drivingSeconds)),
      el('td', {}, duration(entry.otherWorkSeconds)),
      el('td', {}, `${duration(entry.breakSeconds)} (${entry.breaks.length})`),
      el('td', {}, edit));
    return tr;
  };

  function openForm(entry, tr) {
    const cell = el('td', { colspan: 9 });
    const formRow = el('tr', { className: 'inline-form' }, cell);
    cell.append(timesheetForm(entry, {
      onSaved: (saved) => {
        formRow.remove();
        tr.replaceWith(row(saved));
        notice.show(`Saved the timesheet of ${saved.driverName} in ${saved.registration}.`);
      },
      onCancel: () => formRow.remove(),
      onStale: () => {
        notice.show('Someone else changed this timesheet since you opened it: the list shows their change.', 'error');
        load();
      },
    }));
    tr.after(formRow);
    cell.querySelector('input')?.focus();
  }

  async function load() {
    const values = Object.fromEntries(TIMESHEET_FILTER_NAMES.map((name) => [name, fields[name].control.value]));
    showFieldErrors(fields, {});
    try {
      const page = await api.timesheets.list({ ...timesheetQuery(values), cursor: pager.cursor, limit: PAGE_SIZE });
      pager.loaded(page.nextCursor);
      body.replaceChildren(...(page.items.length > 0
        ? page.items.map(row)
        : [el('tr', {}, el('td', { colspan: 9, className: 'empty' }, 'No timesheets match these filters.'))]));
    } catch (error) {
      const errors = error instanceof ApiError ? fieldErrors(error.problem) : {};
      const unclaimed = showFieldErrors(fields, errors);
      notice.show(Object.keys(errors).length === 0 ? `Could not load the timesheets: ${error.message}` : unclaimed.join(' ') || null, 'error');
      pager.loaded(null);
      body.replaceChildren();
    }
    controls.update();
  }
  const controls = pagerControls(pager, load, 'Timesheet pages');

  const submit = (event) => {
    event.preventDefault();
    pager.reset();
    load();
  };

  screen.replaceChildren(el('section', { className: 'manage-view', 'aria-labelledby': 'timesheets-title' },
    el('header', { className: 'manage-header' }, el('h1', { id: 'timesheets-title' }, 'Timesheets')),
    el('form', { className: 'filters', role: 'search', 'aria-label': 'Filter the timesheets', novalidate: true, onsubmit: submit },
      Object.values(fields).map((field) => field.element),
      el('div', { className: 'filter-actions' }, el('button', { type: 'submit', className: 'button' }, 'Filter'))),
    notice.element,
    el('div', { className: 'table-scroll' },
      el('table', { className: 'records timesheets' },
        el('caption', { className: 'visually-hidden' }, 'Timesheet entries, newest first'),
        el('thead', {}, el('tr', {}, ['Driver', 'Vehicle', 'Started', 'Ended', 'Distance', 'Driving', 'Other work', 'Breaks', ''].map((title) => el('th', { scope: 'col' }, title)))),
        body)),
    controls.element));
  await load();
}
