import { el } from '../shared/dom.js';
import { formField, select } from '../shared/form-field.js';
import { GEOFENCE_TYPES } from './geofence-labels.js';

const DAYS = [
  { value: 'mon', label: 'Mon' }, { value: 'tue', label: 'Tue' }, { value: 'wed', label: 'Wed' }, { value: 'thu', label: 'Thu' },
  { value: 'fri', label: 'Fri' }, { value: 'sat', label: 'Sat' }, { value: 'sun', label: 'Sun' },
];

const BLANK = { name: '', type: 'depot', active: true, minDwellSeconds: 0, alertOnEnter: true, alertOnExit: true, schedule: null, speedLimitKmh: null };

function checkbox(id, label) {
  const control = el('input', { type: 'checkbox', id });
  return { control, element: el('div', { className: 'field checkbox' }, control, el('label', { for: id }, label)) };
}

/**
 * The name, type and rules of a geofence (everything but its shape). An update replaces the whole
 * geofence, so the form always sends every rule, the schedule included, or the server would reset
 * what the form left out to its default.
 */
export function geofenceForm() {
  const form = 'geofence';
  const fields = {
    name: formField(form, 'name', 'Name', el('input', { type: 'text', maxlength: 100, required: true })),
    type: formField(form, 'type', 'Type', select(GEOFENCE_TYPES, 'depot')),
    minDwellSeconds: formField(form, 'minDwellSeconds', 'Minimum stay before an enter counts (minutes)', el('input', { type: 'number', min: 0, max: 1440, value: 0 })),
    speedLimitKmh: formField(form, 'speedLimitKmh', 'Speed limit inside (km/h, optional)', el('input', { type: 'number', min: 1, max: 200, step: 1 })),
  };
  const active = checkbox('geofence-active', 'Active (fires enter and exit events)');
  const alertOnEnter = checkbox('geofence-alert-enter', 'Alert when a vehicle enters');
  const alertOnExit = checkbox('geofence-alert-exit', 'Alert when a vehicle leaves');
  const scheduled = checkbox('geofence-scheduled', 'Alert only at set times (company time zone)');
  const days = DAYS.map((day) => ({ ...day, control: el('input', { type: 'checkbox', id: `geofence-day-${day.value}`, value: day.value }) }));
  const start = el('input', { type: 'time', id: 'geofence-schedule-start', value: '07:00' });
  const end = el('input', { type: 'time', id: 'geofence-schedule-end', value: '19:00' });
  const scheduleError = el('p', { className: 'field-error', id: 'geofence-schedule-error', hidden: true });
  const timesPanel = el('fieldset', { className: 'geofence-schedule', hidden: true },
    el('legend', {}, 'Days and times (an end before the start runs overnight)'),
    el('div', { className: 'geofence-days' }, days.map((day) => el('label', { for: day.control.id }, day.control, ` ${day.label}`))),
    el('label', { for: start.id }, 'From '), start, el('label', { for: end.id }, ' to '), end,
    scheduleError);
  scheduled.control.addEventListener('change', () => { timesPanel.hidden = !scheduled.control.checked; });

  const element = el('div', { className: 'geofence-fields' },
    fields.name.element, fields.type.element, fields.minDwellSeconds.element, fields.speedLimitKmh.element,
    active.element, alertOnEnter.element, alertOnExit.element, scheduled.element, timesPanel);

  return {
    element,
    fields,
    fill(geofence = BLANK) {
      fields.name.control.value = geofence.name;
      fields.type.control.value = geofence.type;
      fields.minDwellSeconds.control.value = Math.round(geofence.minDwellSeconds / 60);
      fields.speedLimitKmh.control.value = geofence.speedLimitKmh ?? '';
      active.control.checked = geofence.active;
      alertOnEnter.control.checked = geofence.alertOnEnter;
      alertOnExit.control.checked = geofence.alertOnExit;
      scheduled.control.checked = Boolean(geofence.schedule);
      timesPanel.hidden = !geofence.schedule;
      for (const day of days) day.control.checked = geofence.schedule?.days.includes(day.value) ?? true;
      start.value = geofence.schedule?.start ?? '07:00';
      end.value = geofence.schedule?.end ?? '19:00';
    },
    read() {
      return {
        name: fields.name.control.value,
        type: fields.type.control.value,
        active: active.control.checked,
        minDwellSeconds: Math.round(Number(fields.minDwellSeconds.control.value || 0) * 60),
        alertOnEnter: alertOnEnter.control.checked,
        alertOnExit: alertOnExit.control.checked,
        speedLimitKmh: fields.speedLimitKmh.control.value === '' ? null : Number(fields.speedLimitKmh.control.value),
        schedule: scheduled.control.checked
          ? { days: days.filter((day) => day.control.checked).map((day) => day.value), start: start.value, end: end.value }
          : null,
      };
    },
    /** The server's messages about the schedule (schedule.days, schedule.start ...) go under it; returns the rest. */
    showScheduleErrors(errors) {
      const own = Object.entries(errors).filter(([name]) => name.startsWith('schedule'));
      scheduleError.textContent = own.map(([, message]) => message).join(' ');
      scheduleError.hidden = own.length === 0;
      return Object.fromEntries(Object.entries(errors).filter(([name]) => !name.startsWith('schedule')));
    },
  };
}
