import { el } from '../shared/dom.js';
import { formField, select } from '../shared/form-field.js';
import { currentUnits, distanceInput, kmFromInput } from '../shared/format.js';
import { REMINDER_TYPES } from './reminder-labels.js';

const RECURRENCE = [
  { value: '', label: 'Does not repeat' },
  { value: 'months', label: 'Every N months' },
  { value: 'weeks', label: 'Every N weeks' },
  { value: 'km', label: 'Every N (distance)' },
];

/** The fields of one reminder; vehicles is the company's list for the vehicle picker (empty value: the company itself). */
export function reminderFields(vehicles) {
  const units = currentUnits();
  const vehicleOptions = [{ value: '', label: 'Company (no vehicle)' }, ...vehicles.map((v) => ({ value: v.id, label: v.registration }))];
  return {
    vehicleId: formField('reminder', 'vehicleId', 'Vehicle', select(vehicleOptions)),
    type: formField('reminder', 'type', 'Type', select(REMINDER_TYPES, 'mot')),
    title: formField('reminder', 'title', 'Title', el('input', { type: 'text', maxlength: 120, autocomplete: 'off' }), 'Defaults to the type'),
    dueDate: formField('reminder', 'dueDate', 'Due date', el('input', { type: 'date' })),
    dueMileageKm: formField('reminder', 'dueMileageKm', `Due mileage (${units.distanceName})`, el('input', { type: 'number', min: 0, step: 1, inputmode: 'numeric' })),
    recurrence: formField('reminder', 'recurrence', 'Repeats', select(RECURRENCE, '')),
    every: formField('reminder', 'every', 'Every', el('input', { type: 'number', min: 1, step: 1, inputmode: 'numeric' })),
    notes: formField('reminder', 'notes', 'Notes', el('textarea', { rows: 2, maxlength: 2000 })),
  };
}

export function fillReminder(fields, reminder) {
  fields.vehicleId.control.value = reminder?.vehicleId ?? '';
  fields.type.control.value = reminder?.type ?? 'mot';
  fields.title.control.value = reminder?.title ?? '';
  fields.dueDate.control.value = reminder?.dueDate ?? '';
  fields.dueMileageKm.control.value = reminder?.dueMileageKm == null ? '' : distanceInput(reminder.dueMileageKm);
  const [kind, every] = reminder?.recurMonths ? ['months', reminder.recurMonths]
    : reminder?.recurWeeks ? ['weeks', reminder.recurWeeks]
      : reminder?.recurKm ? ['km', distanceInput(reminder.recurKm)] : ['', ''];
  fields.recurrence.control.value = kind;
  fields.every.control.value = every;
  fields.notes.control.value = reminder?.notes ?? '';
}

/** The request body; the server names any field it refuses. */
export function readReminder(fields) {
  const value = (name) => fields[name].control.value.trim();
  const kind = value('recurrence');
  const every = value('every') === '' ? null : Number(value('every'));
  const mileage = value('dueMileageKm');
  return {
    vehicleId: value('vehicleId') || null,
    type: value('type'),
    title: value('title') || null,
    notes: value('notes') || null,
    dueDate: value('dueDate') || null,
    dueMileageKm: mileage === '' ? null : kmFromInput(mileage, null),
    recurMonths: kind === 'months' ? every : null,
    recurWeeks: kind === 'weeks' ? every : null,
    recurKm: kind === 'km' && every !== null ? kmFromInput(String(every), null) : null,
  };
}
