import { api, ApiError } from '../api/api.js';
import { fieldErrors, queryString } from '../api/problems.js';
import { noticeArea } from '../management/notice.js';
import { el } from '../shared/dom.js';
import { formField, select, showFieldErrors } from '../shared/form-field.js';
import { drawReportChart } from './report-chart.js';
import { csvQuery, REPORT_TYPES, reportQuery } from './report-types.js';

const MAX_CHOICES = 200;
// The table is for reading on screen; the CSV carries every row of a long range.
const MAX_TABLE_ROWS = 500;

function isoDay(date) {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

function cell(value) {
  if (value === true) return 'Yes';
  if (value === false) return 'No';
  return value ?? '—';
}

async function choices() {
  const [vehicles, drivers] = await Promise.all([
    api.vehicles.list({ limit: MAX_CHOICES }),
    api.users.list({ role: 'driver', limit: MAX_CHOICES }),
  ]);
  return {
    vehicles: [{ value: '', label: 'All vehicles' }, ...vehicles.items.map((vehicle) => ({ value: vehicle.id, label: vehicle.registration }))],
    drivers: [{ value: '', label: 'All drivers' }, ...drivers.items.map((driver) => ({ value: driver.id, label: driver.fullName }))],
  };
}

/**
 * Reports (admins and managers): pick a report, a range of days and the filters that apply; the page
 * draws a chart and a table from the JSON and offers the same report as a CSV download.
 */
export async function renderReportsView(screen) {
  const lists = await choices();
  const notice = noticeArea();
  const today = new Date();
  const monthAgo = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 29);
  const fields = {
    type: formField('reports', 'type', 'Report', select(Object.entries(REPORT_TYPES).map(([value, { title }]) => ({ value, label: title })))),
    from: formField('reports', 'from', 'From', el('input', { type: 'date', value: isoDay(monthAgo) })),
    to: formField('reports', 'to', 'To (inclusive)', el('input', { type: 'date', value: isoDay(today) })),
    vehicleId: formField('reports', 'vehicleId', 'Vehicle', select(lists.vehicles)),
    depot: formField('reports', 'depot', 'Depot', el('input', { type: 'text', maxLength: 100 })),
    driverId: formField('reports', 'driverId', 'Driver', select(lists.drivers)),
  };
  const canvas = el('canvas', { 'aria-label': 'Report chart', role: 'img' });
  const download = el('a', { className: 'button', download: '' }, 'Download CSV');
  const summary = el('p', { className: 'report-summary' });
  const table = el('table', { className: 'records report' });
  let chart = null;
  // Only the latest request draws: an earlier one answering late must not overwrite the report asked for since.
  let latest = 0;

  const type = () => fields.type.control.value;
  const showApplicableFilters = () => {
    for (const name of ['vehicleId', 'depot', 'driverId']) fields[name].element.hidden = !REPORT_TYPES[type()].filters.includes(name);
  };

  async function load() {
    const request = ++latest;
    const chosen = type();
    const values = Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, field.control.value]));
    const query = reportQuery(chosen, values);
    const path = `/api/reports/${chosen}`;
    download.href = `${path}${queryString(csvQuery(chosen, query))}`;
    showFieldErrors(fields, {});
    try {
      const report = await api.reports.get(chosen, query);
      if (request !== latest) return;
      const { columns } = REPORT_TYPES[chosen];
      notice.show(null);
      chart = drawReportChart(canvas, chosen, report.rows, chart);
      const shown = report.rows.slice(0, MAX_TABLE_ROWS);
      table.dataset.report = chosen;
      table.replaceChildren(
        el('caption', { className: 'visually-hidden' }, REPORT_TYPES[chosen].title),
        el('thead', {}, el('tr', {}, columns.map(([, title]) => el('th', { scope: 'col' }, title)))),
        el('tbody', {}, shown.length > 0
          ? shown.map((row) => el('tr', {}, columns.map(([key, , render]) => {
            const { text, title } = render ? render(row) : { text: String(cell(row[key])) };
            return el('td', { title }, text);
          })))
          : el('tr', {}, el('td', { colspan: columns.length, className: 'empty' }, 'Nothing to report for these days.'))));
      const totals = report.totals
        ? ` Fleet: ${report.totals.distanceKm} km, ${report.totals.daysUsed} of ${report.totals.daysAvailable} available vehicle-days used (${report.totals.utilisationPercent ?? 0} %). The CSV has one row per vehicle and day.`
        : '';
      const cut = report.rows.length > MAX_TABLE_ROWS ? ` The table shows the first ${MAX_TABLE_ROWS}; the CSV has them all.` : '';
      summary.textContent = `${report.rows.length} rows.${totals}${cut}`;
    } catch (error) {
      if (request !== latest) return;
      const errors = error instanceof ApiError ? fieldErrors(error.problem) : {};
      const unclaimed = showFieldErrors(fields, errors);
      notice.show(Object.keys(errors).length === 0 ? `Could not load the report: ${error.message}` : unclaimed.join(' ') || null, 'error');
      table.replaceChildren();
      summary.textContent = '';
    }
  }

  fields.type.control.addEventListener('change', showApplicableFilters);
  showApplicableFilters();
  const submit = (event) => {
    event.preventDefault();
    load();
  };

  screen.replaceChildren(el('section', { className: 'manage-view', 'aria-labelledby': 'reports-title' },
    el('header', { className: 'manage-header' }, el('h1', { id: 'reports-title' }, 'Reports'), download),
    el('form', { className: 'filters', 'aria-label': 'Choose the report', novalidate: true, onsubmit: submit },
      Object.values(fields).map((field) => field.element),
      el('div', { className: 'filter-actions' }, el('button', { type: 'submit', className: 'button primary' }, 'Show report'))),
    notice.element,
    el('div', { className: 'report-chart' }, canvas),
    summary,
    el('div', { className: 'table-scroll' }, table)));
  await load();
}
