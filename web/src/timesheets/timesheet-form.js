import { api, ApiError } from '../api/api.js';
import { fieldErrors } from '../api/problems.js';
import { el } from '../shared/dom.js';
import { formField, showFieldErrors } from '../shared/form-field.js';
import { fromLocalInput, localInput } from './timesheet-query.js';

/**
 * A manager's correction of one entry's times and odometers (km, as recorded), sent with the version
 * it was read at: a 409 means someone else changed it, and the list reloads to show their change.
 */
export function timesheetForm(entry, { onSaved, onCancel, onStale }) {
  const fields = {
    startedAt: formField('timesheet', 'startedAt', 'Started', el('input', { type: 'datetime-local', value: localInput(entry.startedAt), required: true })),
    endedAt: formField('timesheet', 'endedAt', 'Ended', el('input', { type: 'datetime-local', value: localInput(entry.endedAt), required: true })),
    startOdometerKm: formField('timesheet', 'startOdometerKm', 'Start odometer (km)', el('input', { type: 'number', min: 0, value: entry.startOdometerKm, required: true })),
    endOdometerKm: formField('timesheet', 'endOdometerKm', 'End odometer (km)', el('input', { type: 'number', min: 0, value: entry.endOdometerKm, required: true })),
  };
  const summary = el('p', { className: 'notice', role: 'alert', dataset: { tone: 'error' }, hidden: true });

  async function submit(event) {
    event.preventDefault();
    const number = (field) => (field.control.value === '' ? null : Number(field.control.value));
    try {
      const saved = await api.timesheets.update(entry.id, {
        startedAt: fromLocalInput(fields.startedAt.control.value),
        endedAt: fromLocalInput(fields.endedAt.control.value),
        startOdometerKm: number(fields.startOdometerKm),
        endOdometerKm: number(fields.endOdometerKm),
        version: entry.version,
      });
      onSaved(saved);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.status === 409) {
        onStale();
        return;
      }
      const unclaimed = showFieldErrors(fields, fieldErrors(error.problem));
      summary.textContent = unclaimed.join(' ') || (Object.keys(fieldErrors(error.problem)).length ? '' : error.message);
      summary.hidden = !summary.textContent;
    }
  }

  return el('form', { className: 'record-form timesheet-form', 'aria-label': `Correct the timesheet of ${entry.driverName}`, novalidate: true, onsubmit: submit },
    summary,
    Object.values(fields).map((field) => field.element),
    el('div', { className: 'form-actions' },
      el('button', { type: 'submit', className: 'button' }, 'Save'),
      el('button', { type: 'button', className: 'button subtle', onclick: onCancel }, 'Cancel')));
}
